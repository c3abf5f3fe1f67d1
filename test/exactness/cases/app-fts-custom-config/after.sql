-- pull-skip: relies on a text search configuration, which gen does not manage (a pulled schema cannot create it)
-- The generated column switches to the custom text search configuration (a regconfig literal); the configuration itself is not managed, only listed.
CREATE EXTENSION unaccent;
CREATE TEXT SEARCH CONFIGURATION app_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION app_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TABLE docs (id integer PRIMARY KEY, body text NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('app_search'::regconfig, body)) STORED);
CREATE INDEX docs_fts_idx ON docs USING gin (fts);

-- The text search configuration changes from 'english' to 'simple' in the generated column (its GIN index follows) and in the expression index.
CREATE TABLE docs (id integer PRIMARY KEY, name text NOT NULL, body text NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED);
CREATE INDEX docs_fts_idx ON docs USING gin (fts);
CREATE INDEX docs_name_fts_idx ON docs USING gin (to_tsvector('simple', name));

-- A generated tsvector column using the 'english' configuration with a GIN index, and an expression GIN index on to_tsvector('english', name).
CREATE TABLE docs (id integer PRIMARY KEY, name text NOT NULL, body text NOT NULL,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED);
CREATE INDEX docs_fts_idx ON docs USING gin (fts);
CREATE INDEX docs_name_fts_idx ON docs USING gin (to_tsvector('english', name));

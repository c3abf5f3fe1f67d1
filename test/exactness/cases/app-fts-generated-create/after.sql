-- Full text search is added: a weighted GENERATED ALWAYS AS (setweight(to_tsvector('english', ...)) || ...) STORED tsvector column and a GIN index on it, plus a GIN index on the tags array.
CREATE TABLE articles (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  body text,
  tags text[] NOT NULL DEFAULT '{}',
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(body, '')), 'B')
  ) STORED
);
CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_tags_idx ON articles USING gin (tags);

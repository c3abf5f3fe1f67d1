-- Full text search is removed: the generated tsvector column (and its GIN index with it) and the tags GIN index are dropped.
CREATE TABLE articles (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL, body text, tags text[] NOT NULL DEFAULT '{}');

-- pg_trgm is created with a gin_trgm_ops index on an existing table.
CREATE EXTENSION pg_trgm;
CREATE TABLE article (id integer PRIMARY KEY, title text NOT NULL);
CREATE INDEX article_title_trgm ON article USING gin (title gin_trgm_ops);

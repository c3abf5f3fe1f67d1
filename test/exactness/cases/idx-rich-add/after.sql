-- Index: rich add.
-- pull-skip: relies on the pg_trgm extension, which gen does not manage yet (a pulled schema cannot create it)
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE EXTENSION pg_trgm;
CREATE INDEX t_rich ON t USING gin (a gin_trgm_ops, b gin_trgm_ops) WITH (fastupdate=off) WHERE c > 0;
COMMENT ON INDEX t_rich IS 'trgm';

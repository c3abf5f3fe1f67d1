-- Index: rich noop.
-- pull-skip: relies on the pg_trgm extension, which gen does not manage yet (a pulled schema cannot create it)
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE EXTENSION pg_trgm;
CREATE INDEX t_rich ON t USING gist (a gist_trgm_ops (siglen=64), b gist_trgm_ops) WITH (fillfactor=80) WHERE c > 0;

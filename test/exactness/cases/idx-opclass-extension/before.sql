CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE EXTENSION pg_trgm;
CREATE INDEX t_a ON t USING gin (a gin_trgm_ops);

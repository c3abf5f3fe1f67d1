-- Index: opclass params.
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE INDEX t_ts ON t USING gist (ts tsvector_ops (siglen=100));

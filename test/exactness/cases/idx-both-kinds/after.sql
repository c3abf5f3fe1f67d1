-- Index: both kinds.
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE (c);
CREATE UNIQUE INDEX t_c_idx ON t (c);

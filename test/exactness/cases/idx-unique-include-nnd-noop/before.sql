-- requires: 15
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range, arr int[]);
CREATE UNIQUE INDEX t_u ON t (c) INCLUDE (a) NULLS NOT DISTINCT WHERE c > 0;

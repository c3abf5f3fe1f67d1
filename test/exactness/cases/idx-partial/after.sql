-- Index: partial.
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE INDEX t_p ON t (c) WHERE c > 0 AND a IS NOT NULL;

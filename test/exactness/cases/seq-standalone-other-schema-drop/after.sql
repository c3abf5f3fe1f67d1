-- A sequence in another schema: dropped.
CREATE SCHEMA app;
CREATE TABLE t (id int PRIMARY KEY, a int, b int);

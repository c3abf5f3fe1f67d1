-- A table with a text column and a schema of shared definitions.
CREATE SCHEMA shared;
CREATE TABLE t (id int PRIMARY KEY, code text);

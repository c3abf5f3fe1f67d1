-- A standalone sequence with default options is created.
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE SEQUENCE s;

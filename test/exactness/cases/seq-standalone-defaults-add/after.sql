-- A standalone sequence with default options: added.
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE SEQUENCE s;

-- OWNED BY on a standalone sequence: dropped.
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE SEQUENCE s;

-- OWNED BY on a standalone sequence: added.
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE SEQUENCE s OWNED BY t.a;

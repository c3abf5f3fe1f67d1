-- OWNED BY t.a -> t.b
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE SEQUENCE s OWNED BY t.b;

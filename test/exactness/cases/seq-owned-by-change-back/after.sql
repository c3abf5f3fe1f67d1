-- OWNED BY t.a -> t.b (the other way)
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE SEQUENCE s OWNED BY t.a;

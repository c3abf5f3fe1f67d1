-- OWNED BY moves to another column.
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE SEQUENCE s OWNED BY t.b;

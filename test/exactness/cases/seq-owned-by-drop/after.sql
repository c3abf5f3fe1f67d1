-- Reverse of seq-owned-by-add: a sequence becomes OWNED BY a column.
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE SEQUENCE s;

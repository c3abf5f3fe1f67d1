-- Reverse of seq-create: a standalone sequence with default options is created.
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);

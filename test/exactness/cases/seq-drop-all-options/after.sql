-- Reverse of seq-create-all-options: a sequence with every option set (type, increment, bounds, start, cache, cycle) is created.
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);

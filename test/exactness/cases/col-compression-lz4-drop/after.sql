-- requires: lz4
-- COMPRESSION lz4 on a column: dropped.
CREATE TABLE t (id int PRIMARY KEY, v text);

-- requires: lz4
-- No change: a column with lz4 compression; the diff must be "no changes".
CREATE TABLE t (id int PRIMARY KEY, v text COMPRESSION lz4);

-- requires: lz4
-- COMPRESSION lz4 on a column: added.
CREATE TABLE t (id int PRIMARY KEY, v text COMPRESSION lz4);

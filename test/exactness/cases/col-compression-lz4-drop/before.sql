-- requires: lz4
CREATE TABLE t (id int PRIMARY KEY, v text COMPRESSION lz4);

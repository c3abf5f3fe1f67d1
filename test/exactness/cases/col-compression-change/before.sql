-- requires: 14 lz4
CREATE TABLE t (id integer, body text COMPRESSION lz4);

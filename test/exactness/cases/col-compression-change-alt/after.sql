-- requires: lz4
-- Column compression pglz -> lz4
CREATE TABLE t (id int PRIMARY KEY, v text COMPRESSION lz4);

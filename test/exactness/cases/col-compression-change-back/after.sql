-- requires: lz4
-- Column compression pglz -> lz4 (the other way)
CREATE TABLE t (id int PRIMARY KEY, v text COMPRESSION pglz);

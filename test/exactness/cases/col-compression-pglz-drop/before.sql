-- requires: 14
CREATE TABLE t (id int PRIMARY KEY, v text COMPRESSION pglz);

-- A column's compression changes from lz4 to pglz.
CREATE TABLE t (id integer, body text COMPRESSION pglz);

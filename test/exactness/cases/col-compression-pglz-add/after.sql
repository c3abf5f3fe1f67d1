-- requires: 14
-- COMPRESSION pglz on a column (explicit, not the default): added.
CREATE TABLE t (id int PRIMARY KEY, v text COMPRESSION pglz);

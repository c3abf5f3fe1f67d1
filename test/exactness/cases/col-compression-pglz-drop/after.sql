-- requires: 14
-- COMPRESSION pglz on a column (explicit, not the default): dropped.
CREATE TABLE t (id int PRIMARY KEY, v text);

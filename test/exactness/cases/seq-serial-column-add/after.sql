-- A serial column (integer, owned sequence, nextval default) on an existing table: added.
CREATE TABLE t (id int PRIMARY KEY, n serial);

-- A serial column that accepts NULL.
CREATE TABLE t (id serial);
ALTER TABLE t ALTER id DROP NOT NULL;

-- Reverse of seq-serial-nullable: a serial column that accepts NULL.
CREATE TABLE t (id serial);

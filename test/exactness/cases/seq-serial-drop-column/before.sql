CREATE TABLE t (id integer, n bigserial);

-- A bigserial column is added.
CREATE TABLE t (id integer, n bigserial);

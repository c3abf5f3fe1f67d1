-- A sequence is dropped after the default that calls it.
CREATE TABLE t (id integer);

-- Storage parameters are reset.
CREATE TABLE t (id integer);

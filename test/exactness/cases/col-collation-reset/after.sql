-- A column goes back to the default collation.
CREATE TABLE t (id integer, name text);

-- A column goes back to the default compression.
CREATE TABLE t (id integer, body text);

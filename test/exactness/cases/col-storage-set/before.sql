CREATE TABLE t (id integer, body text);

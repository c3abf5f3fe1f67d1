CREATE TABLE t (id integer PRIMARY KEY, v text);

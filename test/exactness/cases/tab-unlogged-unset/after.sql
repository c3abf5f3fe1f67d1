-- An UNLOGGED table becomes logged.
CREATE TABLE t (id integer PRIMARY KEY, v text);

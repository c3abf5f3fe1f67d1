CREATE TABLE t (id integer, name text COLLATE "C");

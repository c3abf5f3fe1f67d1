-- A column gets COLLATE "C".
CREATE TABLE t (id integer, name text COLLATE "C");

-- A column collation: added.
CREATE TABLE t (id int PRIMARY KEY, v text COLLATE "C");

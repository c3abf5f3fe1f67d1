-- A nullable text column: added.
CREATE TABLE t (id int PRIMARY KEY, v text);

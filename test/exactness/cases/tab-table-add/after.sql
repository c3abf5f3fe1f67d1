-- A table with a primary key: added.
CREATE TABLE t (id int PRIMARY KEY, v text);

-- A column leaves its collation, which is dropped.
CREATE TABLE t (id int PRIMARY KEY, code text);

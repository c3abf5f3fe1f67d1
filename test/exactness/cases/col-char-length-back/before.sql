CREATE TABLE t (id int PRIMARY KEY, v char(3));

CREATE TABLE t (id int PRIMARY KEY, a integer, s integer);

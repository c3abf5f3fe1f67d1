CREATE TABLE t (id int PRIMARY KEY, v bit(8));

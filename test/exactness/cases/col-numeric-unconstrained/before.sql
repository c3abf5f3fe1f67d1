CREATE TABLE t (id int PRIMARY KEY, v numeric(10,2));

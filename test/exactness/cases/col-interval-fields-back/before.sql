CREATE TABLE t (id int PRIMARY KEY, v interval day to second(2));

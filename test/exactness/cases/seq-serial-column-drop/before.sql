CREATE TABLE t (id int PRIMARY KEY, n serial);

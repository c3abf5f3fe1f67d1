-- A nullable text column: dropped.
CREATE TABLE t (id int PRIMARY KEY);

-- NOT NULL on a column: dropped.
CREATE TABLE t (id int PRIMARY KEY, v integer);

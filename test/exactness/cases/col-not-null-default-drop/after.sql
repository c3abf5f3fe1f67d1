-- A NOT NULL column with a default: dropped.
CREATE TABLE t (id int PRIMARY KEY);

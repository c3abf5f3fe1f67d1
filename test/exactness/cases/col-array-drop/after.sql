-- A text[] column with an empty-array default: dropped.
CREATE TABLE t (id int PRIMARY KEY);

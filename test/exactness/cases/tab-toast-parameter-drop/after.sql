-- A toast.* storage parameter: dropped.
CREATE TABLE t (id int PRIMARY KEY, v text);

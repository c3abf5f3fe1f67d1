-- WITH (fillfactor=60) on a primary key index: dropped.
CREATE TABLE t (id int PRIMARY KEY, a int);

-- timestamp(6) -> timestamp(3)
CREATE TABLE t (id int PRIMARY KEY, v timestamp(3));

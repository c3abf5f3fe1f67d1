-- timestamp(6) -> timestamp(3) (the other way)
CREATE TABLE t (id int PRIMARY KEY, v timestamp(6));

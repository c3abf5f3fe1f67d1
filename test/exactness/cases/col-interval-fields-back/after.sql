-- interval -> interval day to second(2) (the other way)
CREATE TABLE t (id int PRIMARY KEY, v interval);

-- numeric(10,2) -> numeric
CREATE TABLE t (id int PRIMARY KEY, v numeric);

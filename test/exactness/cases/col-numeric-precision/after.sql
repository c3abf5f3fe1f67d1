-- numeric(10,2) -> numeric(12,4)
CREATE TABLE t (id int PRIMARY KEY, v numeric(12,4));

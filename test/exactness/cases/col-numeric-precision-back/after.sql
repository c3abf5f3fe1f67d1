-- numeric(10,2) -> numeric(12,4) (the other way)
CREATE TABLE t (id int PRIMARY KEY, v numeric(10,2));

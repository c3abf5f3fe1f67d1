-- numeric(10,2) -> numeric (the other way)
CREATE TABLE t (id int PRIMARY KEY, v numeric(10,2));

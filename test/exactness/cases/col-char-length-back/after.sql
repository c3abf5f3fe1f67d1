-- char(2) -> char(3) (the other way)
CREATE TABLE t (id int PRIMARY KEY, v char(2));

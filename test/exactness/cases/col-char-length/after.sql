-- char(2) -> char(3)
CREATE TABLE t (id int PRIMARY KEY, v char(3));

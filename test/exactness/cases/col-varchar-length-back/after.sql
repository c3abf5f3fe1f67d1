-- varchar(20) -> varchar(50) (the other way)
CREATE TABLE t (id int PRIMARY KEY, v varchar(20));

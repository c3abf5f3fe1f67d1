-- varchar(20) -> varchar(50)
CREATE TABLE t (id int PRIMARY KEY, v varchar(50));

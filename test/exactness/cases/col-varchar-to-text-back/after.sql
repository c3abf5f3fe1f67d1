-- varchar(30) -> text (the other way)
CREATE TABLE t (id int PRIMARY KEY, v varchar(30));

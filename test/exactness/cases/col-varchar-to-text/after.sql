-- varchar(30) -> text
CREATE TABLE t (id int PRIMARY KEY, v text);

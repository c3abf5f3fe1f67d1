-- Array columns of types with modifiers (dimensions are not recorded by PostgreSQL).
CREATE TABLE t (id int PRIMARY KEY, m numeric(6,2)[][], v varchar(10)[]);

-- A table without columns (DBML cannot state one: pull leaves it to the SQL file).
CREATE TABLE t (id integer);

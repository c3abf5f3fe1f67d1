-- A generated column -> a plain column (DROP EXPRESSION)
CREATE TABLE t (id int PRIMARY KEY, a integer, s integer);

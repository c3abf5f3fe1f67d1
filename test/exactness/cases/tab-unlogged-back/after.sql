-- LOGGED -> UNLOGGED (SET UNLOGGED) (the other way)
CREATE TABLE t (id int PRIMARY KEY, v text);

-- requires: 14
CREATE TABLE t (id int PRIMARY KEY, a text, b int);
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a+b;
CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC select count(*) from t; END;

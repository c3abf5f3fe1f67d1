-- requires: 14
-- A SQL-standard RETURN expression changes.
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + b + 1;

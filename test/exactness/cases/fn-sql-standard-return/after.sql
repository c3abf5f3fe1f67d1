-- requires: 14
-- A SQL-standard function body (RETURN expr) created.
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + b;

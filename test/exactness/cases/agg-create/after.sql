-- An aggregate over a SQL function, with an initial state and a comment.
CREATE FUNCTION add_two(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE AGGREGATE total(int) (SFUNC = add_two, STYPE = int, INITCOND = '0');
COMMENT ON AGGREGATE total(int) IS 'a sum over a SQL function';

CREATE FUNCTION add_two(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE AGGREGATE total(int) (SFUNC = add_two, STYPE = int, INITCOND = '0');
COMMENT ON AGGREGATE total(int) IS 'a sum over a SQL function';
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW v AS SELECT total(n) AS s FROM t;

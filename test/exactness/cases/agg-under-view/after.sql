-- An aggregate used by a view is re-created (its state type changes): the view is dropped around it.
CREATE FUNCTION add_two(a bigint, b int) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE AGGREGATE total(int) (SFUNC = add_two, STYPE = bigint, INITCOND = '0');
COMMENT ON AGGREGATE total(int) IS 'a sum over a SQL function';
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW v AS SELECT total(n) AS s FROM t;

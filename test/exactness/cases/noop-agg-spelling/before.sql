CREATE FUNCTION add_two(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE AGGREGATE public.total (int) (stype = int4, sfunc = public.add_two, initcond = 0);
COMMENT ON AGGREGATE total(int) IS 'a sum over a SQL function';

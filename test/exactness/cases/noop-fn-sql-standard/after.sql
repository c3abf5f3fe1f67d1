-- requires: 14
-- No change: SQL-standard bodies (stored parsed) written with different spacing, casing and parentheses; the diff must be "no changes".
CREATE TABLE t (id int PRIMARY KEY, a text, b int);
CREATE FUNCTION add(a integer, b integer) RETURNS integer
  IMMUTABLE LANGUAGE sql
  RETURN (a + b);
CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) AS count FROM public.t;
END;

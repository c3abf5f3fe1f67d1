-- EXECUTE on an aggregate is revoked from PUBLIC and granted to a role.
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION add_two(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE AGGREGATE total(int) (SFUNC = add_two, STYPE = int, INITCOND = '0');
COMMENT ON AGGREGATE total(int) IS 'a sum over a SQL function';
REVOKE EXECUTE ON FUNCTION total(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION total(int) TO gen_case_reader;

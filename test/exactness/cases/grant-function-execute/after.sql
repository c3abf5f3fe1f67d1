-- EXECUTE is revoked from PUBLIC and granted to one role.
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
REVOKE EXECUTE ON FUNCTION add_one(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_one(int) TO gen_case_writer;

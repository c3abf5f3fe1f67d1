-- Default privileges for all schemas: EXECUTE on new functions is no longer PUBLIC's, a role gets USAGE on new sequences and types.
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO gen_case_writer;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO gen_case_reader;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';

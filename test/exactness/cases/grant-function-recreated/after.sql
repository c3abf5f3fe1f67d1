-- A function is re-created (its result type changes) and keeps its grant.
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION add_one(x int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
GRANT EXECUTE ON FUNCTION add_one(int) TO gen_case_writer;

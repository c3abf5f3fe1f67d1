DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE SEQUENCE app.counter;
GRANT USAGE ON SCHEMA app TO gen_case_reader;
GRANT USAGE, SELECT ON SEQUENCE app.counter TO gen_case_reader;

DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE t (id int PRIMARY KEY, a text, b int);
GRANT SELECT (a, b) ON t TO gen_case_reader;

-- A policy for a named role (the embedded shadow creates the role it names).
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE t (id int PRIMARY KEY, a text);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY reader_rows ON t FOR SELECT TO gen_case_reader USING (a IS NOT NULL);

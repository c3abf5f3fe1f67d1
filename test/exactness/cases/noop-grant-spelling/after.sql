-- No change: one grant of two privileges and two grants of one each give the same ACL; the diff must be "no changes".
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE t (id int PRIMARY KEY, a text);
GRANT INSERT ON TABLE t TO gen_case_writer;
GRANT SELECT ON t TO gen_case_writer;

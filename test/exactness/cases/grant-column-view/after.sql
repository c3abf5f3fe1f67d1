-- A column privilege on a view's column.
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE t (id int PRIMARY KEY, a text);
CREATE VIEW v AS SELECT id, a FROM t;
GRANT SELECT (a) ON v TO gen_case_reader;

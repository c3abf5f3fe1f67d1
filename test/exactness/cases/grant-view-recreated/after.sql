-- A view is re-created around a column type change and keeps its grant.
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE t (id int PRIMARY KEY, a bigint);
CREATE VIEW v AS SELECT id, a FROM t;
GRANT SELECT ON v TO gen_case_reader;

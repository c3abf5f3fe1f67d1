-- Default privileges on tables in one schema: a table made after them has the grant, one made before has not.
DO $$ BEGIN CREATE ROLE gen_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE before_default (id int);
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO gen_case_reader;
CREATE TABLE after_default (id int);

-- A view created in a non-public schema over a public table (the schema is created too).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE SCHEMA reporting;
CREATE VIEW reporting.v AS SELECT id, a FROM public.t;

-- A table with a comment in a non-public schema: added.
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, v text);
COMMENT ON TABLE app.t IS 'in app';

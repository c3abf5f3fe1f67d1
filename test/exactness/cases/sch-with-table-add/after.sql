-- A schema with a table in it: added.
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY);

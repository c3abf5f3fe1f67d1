-- A partial DESC index on a table in another schema.
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, n int);
CREATE INDEX t_n_idx ON app.t (n DESC) WHERE n IS NOT NULL;

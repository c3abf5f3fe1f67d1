-- A sequence in another schema: added.
CREATE SCHEMA app;
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE SEQUENCE app.s AS bigint START 1000;

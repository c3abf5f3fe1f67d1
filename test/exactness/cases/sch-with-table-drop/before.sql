CREATE SCHEMA app;
CREATE TABLE app.t (id integer);
CREATE SCHEMA empty;

CREATE SCHEMA app;
CREATE SEQUENCE app.counter AS smallint;
CREATE TABLE app.t (n smallint DEFAULT nextval('app.counter'));
COMMENT ON SEQUENCE app.counter IS 'c';

-- A schema comment is dropped.
CREATE SCHEMA app;

-- A schema loses its table and another, empty schema is dropped.
CREATE SCHEMA app;

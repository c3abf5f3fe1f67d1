-- An empty schema is created.
CREATE SCHEMA app;

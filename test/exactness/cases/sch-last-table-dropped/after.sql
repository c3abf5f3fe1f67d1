-- The last table of a schema is dropped; the schema stays, empty.
CREATE SCHEMA app;

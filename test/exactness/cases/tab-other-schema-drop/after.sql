-- A table with a comment in a non-public schema: dropped.
CREATE SCHEMA app;

-- A function created in a non-public schema (the schema is created too).
CREATE SCHEMA util;
CREATE FUNCTION util.add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;

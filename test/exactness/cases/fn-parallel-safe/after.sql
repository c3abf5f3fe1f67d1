-- A function becomes PARALLEL SAFE.
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT a + b $$;

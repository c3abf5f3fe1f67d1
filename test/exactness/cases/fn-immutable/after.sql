-- A function becomes IMMUTABLE (was VOLATILE by default).
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;

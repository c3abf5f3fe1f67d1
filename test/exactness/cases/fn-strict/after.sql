-- A function becomes STRICT (RETURNS NULL ON NULL INPUT).
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql STRICT AS $$ SELECT a + b $$;

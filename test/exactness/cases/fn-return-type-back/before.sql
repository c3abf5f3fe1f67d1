CREATE FUNCTION add(a int, b int) RETURNS bigint LANGUAGE sql AS $$ SELECT a::bigint + b $$;

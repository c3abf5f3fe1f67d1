-- A function's return type changes bigint -> int (drop and create).
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;

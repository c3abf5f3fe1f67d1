-- A function argument renamed (CREATE OR REPLACE cannot: drop and create).
CREATE FUNCTION add(x int, b int) RETURNS int LANGUAGE sql AS $$ SELECT x + b $$;

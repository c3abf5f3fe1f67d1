CREATE FUNCTION fmt(v int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'int:' || v $$;

CREATE FUNCTION fmt(v int, width int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(v::text, width) $$;

CREATE FUNCTION fmt(v int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'int:' || v $$;
CREATE FUNCTION fmt(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'text:' || v $$;
CREATE FUNCTION fmt(v int, width int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(v::text, width) $$;

-- A function argument loses its DEFAULT (CREATE OR REPLACE cannot remove defaults: drop and create).
CREATE FUNCTION fmt(v int, width int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(v::text, width) $$;

-- Overloads: two of three functions of the same name dropped, the int one kept.
CREATE FUNCTION fmt(v int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'int:' || v $$;

-- A function argument gains a DEFAULT.
CREATE FUNCTION fmt(v int, width int DEFAULT 10) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(v::text, width) $$;

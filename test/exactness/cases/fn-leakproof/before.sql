CREATE FUNCTION same_text(x text, y text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT x = y $$;

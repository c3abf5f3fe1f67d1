-- An IMMUTABLE function becomes LEAKPROOF.
CREATE FUNCTION same_text(x text, y text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT LEAKPROOF AS $$ SELECT x = y $$;

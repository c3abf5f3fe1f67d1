-- A VARIADIC function created.
CREATE FUNCTION mleast(VARIADIC arr numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT min(v) FROM unnest(arr) v $$;

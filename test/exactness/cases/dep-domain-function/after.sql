-- A domain used in a new function's signature: domain first.
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE FUNCTION add_days(d date, n posint) RETURNS date LANGUAGE sql IMMUTABLE AS $$ SELECT d + n $$;

CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE FUNCTION format_address(a address) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT concat_ws(', ', a.street, a.zip || ' ' || a.city) $$;

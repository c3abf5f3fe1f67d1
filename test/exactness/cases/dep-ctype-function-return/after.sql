-- A function returning SETOF a new composite type from a new table.
CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TABLE customer (id integer PRIMARY KEY, home address);
CREATE FUNCTION homes() RETURNS SETOF address LANGUAGE sql STABLE AS $$ SELECT home FROM customer $$;

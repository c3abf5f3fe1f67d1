CREATE FUNCTION new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'C-' || lpad((floor(random() * 1000000))::int::text, 6, '0') $$;
CREATE TABLE item (id int PRIMARY KEY, code text NOT NULL DEFAULT new_code());

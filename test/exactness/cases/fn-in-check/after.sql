-- A new table with a CHECK constraint calling a new function (the function must be created first).
CREATE FUNCTION is_slug(s text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT s ~ '^[a-z0-9-]+$' $$;
CREATE TABLE page (id int PRIMARY KEY, slug text NOT NULL CONSTRAINT page_slug_ok CHECK (is_slug(slug)));

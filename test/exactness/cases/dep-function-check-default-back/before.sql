CREATE FUNCTION is_slug(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[a-z0-9-]+$' $$;
CREATE FUNCTION default_slug() RETURNS text LANGUAGE sql AS $$ SELECT 'item-' || floor(random() * 1000000)::text $$;
CREATE TABLE page (id integer PRIMARY KEY, slug text NOT NULL DEFAULT default_slug() CHECK (is_slug(slug)));

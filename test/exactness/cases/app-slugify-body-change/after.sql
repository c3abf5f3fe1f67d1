-- The slugify function's body changes (limits the length to 80) while a generated column, a CHECK and an expression unique index use it: CREATE OR REPLACE in place.
CREATE FUNCTION slugify(v text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT left(trim(both '-' from regexp_replace(lower(v), '[^a-z0-9]+', '-', 'g')), 80) $$;
CREATE TABLE pages (id integer PRIMARY KEY, title text NOT NULL,
  slug text GENERATED ALWAYS AS (slugify(title)) STORED,
  custom_slug text CHECK (custom_slug = slugify(custom_slug)));
CREATE UNIQUE INDEX pages_slug_key ON pages (slug);
CREATE UNIQUE INDEX pages_custom_slug_key ON pages (slugify(coalesce(custom_slug, title)));

-- An IMMUTABLE slugify function used by a generated column, a CHECK and an expression unique index.
CREATE FUNCTION slugify(v text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT trim(both '-' from regexp_replace(lower(v), '[^a-z0-9]+', '-', 'g')) $$;
CREATE TABLE pages (id integer PRIMARY KEY, title text NOT NULL,
  slug text GENERATED ALWAYS AS (slugify(title)) STORED,
  custom_slug text CHECK (custom_slug = slugify(custom_slug)));
CREATE UNIQUE INDEX pages_slug_key ON pages (slug);
CREATE UNIQUE INDEX pages_custom_slug_key ON pages (slugify(coalesce(custom_slug, title)));

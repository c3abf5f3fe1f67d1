-- A slugify(text) function used by a CHECK constraint and an expression index.
CREATE FUNCTION slugify(v text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT trim(both '-' from regexp_replace(lower(v), '[^a-z0-9]+', '-', 'g')) $$;
CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL, slug text NOT NULL CONSTRAINT tags_slug_check CHECK (slug = slugify(slug)));
CREATE UNIQUE INDEX tags_name_slug_key ON tags (slugify(name));

-- slugify gains a second argument (separator DEFAULT '-'): a different signature, so the CHECK and the index using slugify(text) are dropped, the old function replaced by the new one, and both re-created against it.
CREATE FUNCTION slugify(v text, sep text DEFAULT '-') RETURNS text LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT trim(both sep from regexp_replace(lower(v), '[^a-z0-9]+', sep, 'g')) $$;
CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL, slug text NOT NULL CONSTRAINT tags_slug_check CHECK (slug = slugify(slug)));
CREATE UNIQUE INDEX tags_name_slug_key ON tags (slugify(name));

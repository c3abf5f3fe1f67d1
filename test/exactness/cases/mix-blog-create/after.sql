-- A blog schema with a generated column and a DESC NULLS LAST index.
CREATE SCHEMA blog;
CREATE TABLE blog.author (id serial PRIMARY KEY, handle text NOT NULL UNIQUE, bio text);
CREATE TABLE blog.post (
  id serial PRIMARY KEY,
  author_id integer NOT NULL REFERENCES blog.author ON DELETE CASCADE,
  slug text NOT NULL,
  body text NOT NULL,
  published_at timestamptz,
  words integer GENERATED ALWAYS AS (array_length(regexp_split_to_array(body, '\s+'), 1)) STORED,
  UNIQUE (author_id, slug)
);
CREATE INDEX post_published_idx ON blog.post (published_at DESC NULLS LAST);

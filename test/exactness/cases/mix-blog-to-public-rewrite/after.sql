-- A blog schema evolves: collation, a new column, a type change on a unique column, a new unlogged table.
CREATE SCHEMA blog;
CREATE TABLE blog.author (id serial PRIMARY KEY, handle text NOT NULL UNIQUE, bio text COLLATE "C", avatar bytea);
CREATE TABLE blog.post (
  id serial PRIMARY KEY,
  author_id integer NOT NULL REFERENCES blog.author ON DELETE CASCADE,
  slug varchar(80) NOT NULL,
  body text NOT NULL,
  published_at timestamptz,
  words integer GENERATED ALWAYS AS (array_length(regexp_split_to_array(body, '\s+'), 1)) STORED,
  UNIQUE (author_id, slug)
);
CREATE INDEX post_published_idx ON blog.post (published_at DESC NULLS LAST);

CREATE UNLOGGED TABLE blog.view_count (post_id integer PRIMARY KEY REFERENCES blog.post ON DELETE CASCADE, n bigint NOT NULL DEFAULT 0);

-- Soft delete: posts.deleted_at, a partial index on live rows and an active_posts view.
CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES authors, title text NOT NULL, body text NOT NULL DEFAULT '', published_at timestamptz, deleted_at timestamptz);
CREATE INDEX posts_live_published_idx ON posts (published_at DESC) WHERE deleted_at IS NULL;
CREATE VIEW active_posts AS
  SELECT p.id, p.author_id, a.name AS author_name, p.title, p.body, p.published_at
    FROM posts p JOIN authors a ON a.id = p.author_id
   WHERE p.deleted_at IS NULL;

-- Soft delete is removed: the active_posts view, the partial index and the deleted_at column are dropped (the view before the column).
CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES authors, title text NOT NULL, body text NOT NULL DEFAULT '', published_at timestamptz);

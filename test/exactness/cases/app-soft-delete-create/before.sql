-- Two tables with hard deletes; an FK between them.
CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES authors, title text NOT NULL, body text NOT NULL DEFAULT '', published_at timestamptz);

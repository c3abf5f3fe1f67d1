-- Tables keyed by integer ids.
CREATE TABLE sessions (id integer PRIMARY KEY, user_id integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now());

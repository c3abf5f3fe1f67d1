-- A table with an updated_at column maintained by the application.
CREATE TABLE profiles (id integer PRIMARY KEY, display_name text, updated_at timestamptz NOT NULL DEFAULT now());

-- The moddatetime trigger and the extension are dropped.
CREATE TABLE profiles (id integer PRIMARY KEY, display_name text, updated_at timestamptz NOT NULL DEFAULT now());

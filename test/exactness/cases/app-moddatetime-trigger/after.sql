-- pull-skip: relies on the moddatetime extension, which the in-memory PGlite that reads a pulled schema lacks (a --shadow-url server has it)
-- The moddatetime extension maintains updated_at: a BEFORE UPDATE trigger executing the extension's moddatetime(updated_at) with a trigger argument (Supabase-style).
CREATE EXTENSION moddatetime;
CREATE TABLE profiles (id integer PRIMARY KEY, display_name text, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TRIGGER handle_updated_at BEFORE UPDATE ON profiles FOR EACH ROW EXECUTE PROCEDURE moddatetime(updated_at);

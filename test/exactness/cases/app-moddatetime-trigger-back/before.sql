-- A moddatetime(updated_at) BEFORE UPDATE trigger from the moddatetime extension.
CREATE EXTENSION moddatetime;
CREATE TABLE profiles (id integer PRIMARY KEY, display_name text, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TRIGGER handle_updated_at BEFORE UPDATE ON profiles FOR EACH ROW EXECUTE PROCEDURE moddatetime(updated_at);

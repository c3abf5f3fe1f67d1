CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE DOMAIN app.email AS citext CONSTRAINT email_at CHECK (VALUE ~ '@');
CREATE TYPE app.address AS (street text, city text);
CREATE TABLE app.account (
  id integer PRIMARY KEY,
  email app.email NOT NULL,
  owner name NOT NULL DEFAULT current_user,
  home app.address,
  updated_at timestamptz
);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER account_touch BEFORE UPDATE ON app.account FOR EACH ROW EXECUTE FUNCTION app.touch();
ALTER TABLE app.account ENABLE ROW LEVEL SECURITY;
CREATE POLICY account_owner ON app.account USING (owner = current_user);
CREATE VIEW app.account_email AS SELECT id, email FROM app.account;

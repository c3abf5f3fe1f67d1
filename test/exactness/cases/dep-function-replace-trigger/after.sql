-- A function that a trigger uses changes body only: CREATE OR REPLACE, no trigger recreation.
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE FUNCTION check_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF btrim(NEW.name) = '' THEN
    RAISE EXCEPTION 'name must not be blank';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER item_check BEFORE INSERT OR UPDATE ON item FOR EACH ROW EXECUTE FUNCTION check_row();

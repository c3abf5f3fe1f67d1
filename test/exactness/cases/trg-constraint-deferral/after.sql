-- A constraint trigger changes from NOT DEFERRABLE to DEFERRABLE INITIALLY DEFERRED.
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE FUNCTION check_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name = '' THEN
    RAISE EXCEPTION 'empty name';
  END IF;
  RETURN NEW;
END
$$;
CREATE CONSTRAINT TRIGGER item_check AFTER INSERT OR UPDATE ON item DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_row();

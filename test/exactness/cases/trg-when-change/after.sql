-- The WHEN condition of a row trigger changes.
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME;
  RETURN NULL;
END
$$;
CREATE TRIGGER item_status AFTER UPDATE ON item FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status AND NEW.status = 'done') EXECUTE FUNCTION note_change();

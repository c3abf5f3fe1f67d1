-- A trigger is disabled (ALTER TABLE ... DISABLE TRIGGER).
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME;
  RETURN NULL;
END
$$;
CREATE TRIGGER item_note AFTER INSERT ON item FOR EACH ROW EXECUTE FUNCTION note_change();
ALTER TABLE item DISABLE TRIGGER item_note;

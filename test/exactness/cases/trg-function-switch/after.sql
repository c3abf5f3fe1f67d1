-- A trigger moves to another (existing) function.
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME;
  RETURN NULL;
END
$$;
CREATE FUNCTION check_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name = '' THEN
    RAISE EXCEPTION 'empty name';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER item_ins BEFORE INSERT ON item FOR EACH ROW EXECUTE FUNCTION note_change();

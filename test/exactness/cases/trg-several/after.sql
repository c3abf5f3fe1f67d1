-- Three triggers on one table, fired in name order, are created at once beside an existing one.
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
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
CREATE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME;
  RETURN NULL;
END
$$;
CREATE TRIGGER a_check BEFORE INSERT OR UPDATE ON item FOR EACH ROW EXECUTE FUNCTION check_row();
CREATE TRIGGER b_touch BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER c_note AFTER INSERT OR UPDATE ON item FOR EACH ROW EXECUTE FUNCTION note_change();
CREATE TRIGGER d_note_stmt AFTER DELETE ON item FOR EACH STATEMENT EXECUTE FUNCTION note_change();

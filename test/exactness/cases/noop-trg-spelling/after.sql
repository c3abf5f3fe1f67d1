-- No change: triggers spelled EXECUTE PROCEDURE vs EXECUTE FUNCTION, FOR EACH STATEMENT implicit vs explicit, keyword case; the diff must be "no changes".
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME;
  RETURN NULL;
END
$$;
create trigger item_note after update or insert on public.item for each row execute function public.note_change();
CREATE TRIGGER item_stmt AFTER DELETE ON item FOR EACH STATEMENT EXECUTE FUNCTION note_change();

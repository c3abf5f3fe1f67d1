-- A DELETE on the active_ view becomes a soft delete: an INSTEAD OF DELETE trigger on the view sets deleted_at through a plpgsql function.
CREATE TABLE documents (id integer PRIMARY KEY, title text NOT NULL, deleted_at timestamptz);
CREATE VIEW active_documents AS SELECT id, title FROM documents WHERE deleted_at IS NULL;
CREATE FUNCTION soft_delete_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE documents SET deleted_at = now() WHERE id = OLD.id;
  RETURN OLD;
END
$$;
CREATE TRIGGER active_documents_soft_delete INSTEAD OF DELETE ON active_documents FOR EACH ROW EXECUTE FUNCTION soft_delete_document();

-- A soft-delete table and its active_ view, no triggers.
CREATE TABLE documents (id integer PRIMARY KEY, title text NOT NULL, deleted_at timestamptz);
CREATE VIEW active_documents AS SELECT id, title FROM documents WHERE deleted_at IS NULL;

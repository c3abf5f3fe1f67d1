-- A policy's WITH CHECK expression changes.
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_update ON doc FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user AND tenant_id = current_setting('app.tenant')::int);

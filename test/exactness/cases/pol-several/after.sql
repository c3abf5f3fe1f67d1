-- Several policies on one table: one per command, permissive and restrictive.
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON doc FOR SELECT USING (true);
CREATE POLICY doc_insert ON doc FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY doc_update ON doc FOR UPDATE USING (owner = current_user);
CREATE POLICY doc_delete ON doc FOR DELETE USING (owner = current_user);
CREATE POLICY doc_tenant ON doc AS RESTRICTIVE TO PUBLIC USING (tenant_id = current_setting('app.tenant', true)::int);

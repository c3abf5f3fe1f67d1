-- A FOR SELECT policy reads the tenant from a setting: tenant_id = current_setting('app.tenant')::int.
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_tenant_read ON doc FOR SELECT USING (tenant_id = current_setting('app.tenant')::int);

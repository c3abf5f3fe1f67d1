-- Row-level security is enabled together with two policies on a table in schema app.
CREATE SCHEMA app;
CREATE TABLE app.doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE app.doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner ON app.doc USING (owner = current_user);
CREATE POLICY doc_tenant ON app.doc AS RESTRICTIVE USING (tenant_id = current_setting('app.tenant')::integer);

-- A tenant helper (SQL, STABLE) used by two policies, reading app.tenant_id.
CREATE FUNCTION current_tenant_id() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant_id')::integer $$;
CREATE TABLE notes (id integer PRIMARY KEY, tenant_id integer NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON notes FOR SELECT USING (tenant_id = current_tenant_id());
CREATE POLICY notes_write ON notes FOR INSERT WITH CHECK (tenant_id = current_tenant_id());

-- The tenant helper used by policies becomes SECURITY DEFINER with SET search_path, tolerates a missing setting, and gets a comment; the policies stay.
CREATE FUNCTION current_tenant_id() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$ SELECT nullif(pg_catalog.current_setting('app.tenant_id', true), '')::integer $$;
COMMENT ON FUNCTION current_tenant_id() IS 'Tenant of the current session (app.tenant_id), NULL when unset';
CREATE TABLE notes (id integer PRIMARY KEY, tenant_id integer NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON notes FOR SELECT USING (tenant_id = current_tenant_id());
CREATE POLICY notes_write ON notes FOR INSERT WITH CHECK (tenant_id = current_tenant_id());

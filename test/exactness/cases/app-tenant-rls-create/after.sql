-- Multi-tenant row-level security is switched on: ENABLE and FORCE RLS, a SECURITY DEFINER helper with SET search_path reading app.tenant_id, policies using it, a column DEFAULT from the setting, and grants to the application role.
DO $$ BEGIN CREATE ROLE gen_case_app_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE tenants (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id uuid NOT NULL DEFAULT current_setting('app.tenant_id')::uuid REFERENCES tenants, name text NOT NULL);
CREATE INDEX projects_tenant_idx ON projects (tenant_id);
CREATE FUNCTION current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
REVOKE ALL ON FUNCTION current_tenant_id() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_tenant_id() TO gen_case_app_user;
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant_isolation ON projects TO gen_case_app_user
  USING (tenant_id = current_tenant_id())
  WITH CHECK (tenant_id = current_tenant_id());
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenants_self ON tenants FOR SELECT TO gen_case_app_user USING (id = current_tenant_id());
GRANT SELECT ON tenants TO gen_case_app_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON projects TO gen_case_app_user;

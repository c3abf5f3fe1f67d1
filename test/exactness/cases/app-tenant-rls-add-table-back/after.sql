-- A tenant-scoped table is dropped with its policy, grants and serial sequence; the parent loses the UNIQUE (tenant_id, id) the FK used.
DO $$ BEGIN CREATE ROLE gen_case_app_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION current_tenant_id() RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT current_setting('app.tenant_id')::bigint $$;
CREATE TABLE projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id bigint NOT NULL, name text NOT NULL);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON projects USING (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON projects TO gen_case_app_user;

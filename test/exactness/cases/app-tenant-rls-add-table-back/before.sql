-- Two tenant-scoped tables share a SECURITY DEFINER helper and same-named policies; the child has a composite FK.
DO $$ BEGIN CREATE ROLE gen_case_app_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION current_tenant_id() RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT current_setting('app.tenant_id')::bigint $$;
CREATE TABLE projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id bigint NOT NULL, name text NOT NULL, UNIQUE (tenant_id, id));
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON projects USING (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON projects TO gen_case_app_user;
CREATE TABLE tasks (
  id serial PRIMARY KEY,
  tenant_id bigint NOT NULL DEFAULT current_tenant_id(),
  project_id bigint NOT NULL,
  title text NOT NULL,
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tasks USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON tasks TO gen_case_app_user;
GRANT USAGE ON SEQUENCE tasks_id_seq TO gen_case_app_user;

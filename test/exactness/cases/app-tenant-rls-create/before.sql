-- A multi-tenant schema without row-level security: tenants, projects with tenant_id, no roles granted.
DO $$ BEGIN CREATE ROLE gen_case_app_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE tenants (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants, name text NOT NULL);
CREATE INDEX projects_tenant_idx ON projects (tenant_id);

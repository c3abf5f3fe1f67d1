-- Member-read and admin-write policies with EXISTS sub-queries on memberships, whose role column is an enum.
CREATE TYPE member_role AS ENUM ('member', 'admin');
CREATE TABLE orgs (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE memberships (org_id integer NOT NULL REFERENCES orgs, user_name text NOT NULL, role member_role NOT NULL DEFAULT 'member', PRIMARY KEY (org_id, user_name));
CREATE TABLE documents (id integer PRIMARY KEY, org_id integer NOT NULL REFERENCES orgs, title text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT
  USING (EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = documents.org_id AND m.user_name = current_user));
CREATE POLICY documents_admin_write ON documents FOR ALL
  USING (EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = documents.org_id AND m.user_name = current_user AND m.role = 'admin'))
  WITH CHECK (EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = documents.org_id AND m.user_name = current_user AND m.role = 'admin'));

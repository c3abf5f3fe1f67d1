-- Organisation membership: documents visible to members through a policy with an EXISTS sub-query on memberships.
CREATE TABLE orgs (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE memberships (org_id integer NOT NULL REFERENCES orgs, user_name text NOT NULL, PRIMARY KEY (org_id, user_name));
CREATE TABLE documents (id integer PRIMARY KEY, org_id integer NOT NULL REFERENCES orgs, title text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_members ON documents
  USING (EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = documents.org_id AND m.user_name = current_user));

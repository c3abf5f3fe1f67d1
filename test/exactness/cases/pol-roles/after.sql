-- A policy's roles change from PUBLIC to CURRENT_USER.
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner ON doc TO CURRENT_USER USING (owner = current_user);

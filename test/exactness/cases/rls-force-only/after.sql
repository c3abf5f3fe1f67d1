-- FORCE ROW LEVEL SECURITY is set on a table without ENABLE (both flags are independent).
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE doc FORCE ROW LEVEL SECURITY;

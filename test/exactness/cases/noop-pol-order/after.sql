-- No change: the same policies created in a different order; the diff must be "no changes".
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY b_write ON doc FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY a_read ON doc FOR SELECT USING (true);

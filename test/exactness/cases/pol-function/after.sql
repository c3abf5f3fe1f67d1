-- A policy calls a SQL function: USING (is_member(tenant_id)).
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE TABLE membership (tenant_id integer NOT NULL, member name NOT NULL, PRIMARY KEY (tenant_id, member));
CREATE FUNCTION is_member(t integer) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT EXISTS (SELECT 1 FROM membership m WHERE m.tenant_id = t AND m.member = current_user) $$;
CREATE POLICY doc_member ON doc FOR SELECT USING (is_member(tenant_id));

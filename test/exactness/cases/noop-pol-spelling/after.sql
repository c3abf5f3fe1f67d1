-- No change: policies spelled with and without FOR ALL, AS PERMISSIVE, TO PUBLIC and extra parentheses; the diff must be "no changes".
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, tenant_id integer NOT NULL, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner ON public.doc AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER));
CREATE POLICY doc_one ON doc FOR SELECT USING ((tenant_id=1));

-- The comment of the public schema changes.
COMMENT ON SCHEMA public IS 'standard public schema, re-described';

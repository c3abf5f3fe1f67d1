-- public goes back to its stock comment.
COMMENT ON SCHEMA public IS 'standard public schema';

-- public gets a comment of its own.
COMMENT ON SCHEMA public IS 'our public';

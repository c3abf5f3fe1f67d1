COMMENT ON SCHEMA public IS 'our public';

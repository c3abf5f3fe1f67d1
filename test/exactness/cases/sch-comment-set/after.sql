-- A schema comment is set.
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the app';

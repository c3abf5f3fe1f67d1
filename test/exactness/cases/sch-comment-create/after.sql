-- A schema is created with a comment.
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the app';

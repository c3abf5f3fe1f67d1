CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'it''s the app';

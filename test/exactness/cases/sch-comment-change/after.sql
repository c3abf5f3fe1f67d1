-- A schema comment changes (with a quote).
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'it''s the app';

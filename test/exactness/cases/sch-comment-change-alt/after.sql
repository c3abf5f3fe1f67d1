-- A schema comment changed
CREATE SCHEMA reporting;
COMMENT ON SCHEMA reporting IS 'new';

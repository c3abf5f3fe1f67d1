CREATE SCHEMA reporting;
COMMENT ON SCHEMA reporting IS 'read models';

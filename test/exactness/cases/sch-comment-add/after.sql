-- A schema comment: added.
CREATE SCHEMA reporting;
COMMENT ON SCHEMA reporting IS 'read models';

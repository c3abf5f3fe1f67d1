-- No change: an empty schema and a commented oddly named one.
CREATE SCHEMA app;
CREATE SCHEMA "Odd Name";
COMMENT ON SCHEMA "Odd Name" IS 'odd';

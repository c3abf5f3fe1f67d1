-- An empty schema: added.
CREATE SCHEMA reporting;

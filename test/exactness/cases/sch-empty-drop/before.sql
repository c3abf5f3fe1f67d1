CREATE SCHEMA reporting;

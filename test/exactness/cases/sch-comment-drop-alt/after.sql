-- A schema comment: dropped.
CREATE SCHEMA reporting;

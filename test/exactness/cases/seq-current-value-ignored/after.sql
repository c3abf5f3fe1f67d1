-- A sequence whose current value differs: data, not schema, so no changes.
CREATE SEQUENCE s;
SELECT setval('s', 42);

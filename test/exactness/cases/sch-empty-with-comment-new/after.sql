-- A new empty schema with a comment.
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'append-only logs';

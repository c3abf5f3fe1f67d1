-- A sequence comment is added.
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'order numbers';

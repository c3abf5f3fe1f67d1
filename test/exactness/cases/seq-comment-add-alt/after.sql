-- A sequence comment: added.
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'order numbers';

-- Sequence comment changed
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'new';

-- A sequence comment changes.
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'new ''quoted''';

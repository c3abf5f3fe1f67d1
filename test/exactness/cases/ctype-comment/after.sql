-- A composite type and one of its attributes gain comments.
CREATE TYPE address AS (street text, city text, zip varchar(10));
COMMENT ON TYPE address IS 'A postal address';
COMMENT ON COLUMN address.zip IS 'Postal code';

-- A composite type loses a middle attribute.
CREATE TYPE address AS (street text, zip varchar(10));

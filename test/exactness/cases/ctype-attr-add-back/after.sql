-- Reverse of ctype-attr-add: a composite type loses its last attribute.
CREATE TYPE address AS (street text, city text, zip varchar(10));

-- A composite type attribute changes type (varchar(10) to text).
CREATE TYPE address AS (street text, city text, zip text);

CREATE TYPE address AS (street text, city text, zip varchar(10), country char(2));

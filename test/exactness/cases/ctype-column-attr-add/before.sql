CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TABLE customer (id integer PRIMARY KEY, home address);

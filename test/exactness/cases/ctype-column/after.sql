-- A composite type is created and used by a new table column.
CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TABLE customer (id integer PRIMARY KEY, home address, work address);

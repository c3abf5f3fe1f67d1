-- A composite type used by a table column gains an attribute.
CREATE TYPE address AS (street text, city text, zip varchar(10), country char(2));
CREATE TABLE customer (id integer PRIMARY KEY, home address);

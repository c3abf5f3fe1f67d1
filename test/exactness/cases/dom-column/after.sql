-- A domain is created and used by a new table column.
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE ~ '@');
CREATE TABLE customer (id integer PRIMARY KEY, email email NOT NULL);

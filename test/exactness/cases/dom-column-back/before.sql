CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE ~ '@');
CREATE TABLE customer (id integer PRIMARY KEY, email email NOT NULL);

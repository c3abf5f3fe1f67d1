-- An email domain with a named CHECK constraint, used by a column.
CREATE DOMAIN email AS text CONSTRAINT email_format CHECK (VALUE ~ '^[^@\s]+@[^@\s]+$');
CREATE TABLE users (id integer PRIMARY KEY, email email NOT NULL);

-- A comment is added on the domain's CHECK constraint (COMMENT ON CONSTRAINT ... ON DOMAIN).
CREATE DOMAIN email AS text CONSTRAINT email_format CHECK (VALUE ~ '^[^@\s]+@[^@\s]+$');
COMMENT ON CONSTRAINT email_format ON DOMAIN email IS 'one @, no whitespace';
CREATE TABLE users (id integer PRIMARY KEY, email email NOT NULL);

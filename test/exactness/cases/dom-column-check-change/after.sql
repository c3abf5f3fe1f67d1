-- A domain used by a table column changes its check (ALTER DOMAIN, the column stays).
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE TABLE customer (id integer PRIMARY KEY, email email);

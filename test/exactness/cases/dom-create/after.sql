-- A text domain with a named CHECK constraint is created.
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE ~ '^[^@]+@[^@]+$');

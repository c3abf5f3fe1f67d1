CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE ~ '^[^@]+@[^@]+$');

-- A domain's named CHECK constraint changes its expression.
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE ~ '^[^@]+@[^@]+$' AND length(VALUE) <= 254);

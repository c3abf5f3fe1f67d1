-- A domain gains a named CHECK constraint.
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE ~ '@');

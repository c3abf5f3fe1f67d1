-- A NOT VALID domain constraint becomes valid (ALTER DOMAIN ... VALIDATE CONSTRAINT).
CREATE DOMAIN posint AS integer;
ALTER DOMAIN posint ADD CONSTRAINT posint_positive CHECK (VALUE > 0);

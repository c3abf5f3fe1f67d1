-- A domain becomes NOT NULL.
CREATE DOMAIN quantity AS integer NOT NULL CHECK (VALUE >= 0);

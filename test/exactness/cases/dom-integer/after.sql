-- An integer domain with DEFAULT, NOT NULL and a CHECK is created.
CREATE DOMAIN quantity AS integer DEFAULT 0 NOT NULL CONSTRAINT quantity_nonneg CHECK (VALUE >= 0);

CREATE DOMAIN quantity AS integer CHECK (VALUE >= 0);

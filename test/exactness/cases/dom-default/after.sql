-- A domain's default changes.
CREATE DOMAIN quantity AS integer DEFAULT 1;

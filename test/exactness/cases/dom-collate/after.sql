-- A text domain with COLLATE "C" is created.
CREATE DOMAIN sort_key AS text COLLATE "C" NOT NULL;

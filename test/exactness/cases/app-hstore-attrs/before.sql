-- A settings table with a jsonb attrs column.
CREATE TABLE settings (id integer PRIMARY KEY, owner text NOT NULL, attrs jsonb NOT NULL DEFAULT '{}');

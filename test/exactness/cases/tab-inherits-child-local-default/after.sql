-- A child overrides an inherited column default.
CREATE TABLE parent (id int NOT NULL, created timestamptz NOT NULL DEFAULT now(), CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (parent);
ALTER TABLE child ALTER COLUMN created SET DEFAULT '2000-01-01';

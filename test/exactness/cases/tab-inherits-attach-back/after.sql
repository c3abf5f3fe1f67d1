-- An existing table with matching columns starts inheriting (INHERIT) / stops (NO INHERIT) (the other way)
CREATE TABLE parent (id int NOT NULL, created timestamptz NOT NULL DEFAULT now(), CHECK (id > 0));
CREATE TABLE child (id int NOT NULL, created timestamptz NOT NULL DEFAULT now(), extra text, CHECK (id > 0));

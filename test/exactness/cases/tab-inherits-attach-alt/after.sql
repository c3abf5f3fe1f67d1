-- An existing table with matching columns starts inheriting (INHERIT) / stops (NO INHERIT)
CREATE TABLE parent (id int NOT NULL, created timestamptz NOT NULL DEFAULT now(), CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (parent);

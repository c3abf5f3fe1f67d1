-- A column added to a parent table reaches its child.
CREATE TABLE parent (id int NOT NULL, created timestamptz NOT NULL DEFAULT now(), note text, CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (parent);

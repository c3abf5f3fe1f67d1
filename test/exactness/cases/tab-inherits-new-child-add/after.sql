-- A new child table (INHERITS) with a column of its own: added.
CREATE TABLE parent (id int NOT NULL, created timestamptz NOT NULL DEFAULT now(), CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (parent);

-- A new child table (INHERITS) with a column of its own: dropped.
CREATE TABLE parent (id int NOT NULL, created timestamptz NOT NULL DEFAULT now(), CHECK (id > 0));

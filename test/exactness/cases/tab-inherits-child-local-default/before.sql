CREATE TABLE parent (id int NOT NULL, created timestamptz NOT NULL DEFAULT now(), CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (parent);

-- A table that holds the parent's columns starts inheriting from it (INHERIT).
CREATE TABLE parent (id integer NOT NULL, name text);
CREATE TABLE child (id integer NOT NULL, name text, extra integer) INHERITS (parent);

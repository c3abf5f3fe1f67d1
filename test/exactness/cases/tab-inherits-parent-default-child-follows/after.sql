-- The parent's default changes and the child gives up its own.
CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 2, b text);
CREATE TABLE child (extra integer) INHERITS (parent);

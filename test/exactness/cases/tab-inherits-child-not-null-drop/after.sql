-- The child's inherited column accepts NULL again, as its parent's does.
CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 1, b text);
CREATE TABLE child (extra integer) INHERITS (parent);

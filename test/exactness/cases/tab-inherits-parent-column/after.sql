-- A parent gains a column; the child inherits it.
CREATE TABLE parent (id integer NOT NULL, name text, added boolean DEFAULT true);
CREATE TABLE child (extra integer) INHERITS (parent);

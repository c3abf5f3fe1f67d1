-- A child is detached (NO INHERIT): the inherited columns stay as its own.
CREATE TABLE parent (id integer NOT NULL, name text);
CREATE TABLE child (id integer NOT NULL, name text, extra integer);

CREATE TABLE parent (id integer NOT NULL, name text, added boolean DEFAULT true);
CREATE TABLE child (extra integer) INHERITS (parent);

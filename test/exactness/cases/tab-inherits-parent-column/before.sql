CREATE TABLE parent (id integer NOT NULL, name text);
CREATE TABLE child (extra integer) INHERITS (parent);

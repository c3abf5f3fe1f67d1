-- Two parents and a child inheriting from both, in order.
CREATE TABLE parent (id integer NOT NULL, name text);
CREATE TABLE other (note text);
CREATE TABLE child (extra integer) INHERITS (parent, other);

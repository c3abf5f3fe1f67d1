-- The child of an inheritance is dropped.
CREATE TABLE parent (id integer NOT NULL, name text);

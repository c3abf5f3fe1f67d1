CREATE TABLE parent (id integer NOT NULL, name text);

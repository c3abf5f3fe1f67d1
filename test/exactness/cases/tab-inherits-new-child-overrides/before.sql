CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 1, b text);

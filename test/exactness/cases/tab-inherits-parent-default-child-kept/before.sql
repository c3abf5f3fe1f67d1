CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 1, b text);
CREATE TABLE child (extra integer) INHERITS (parent);
ALTER TABLE ONLY child ALTER COLUMN a SET DEFAULT 5;

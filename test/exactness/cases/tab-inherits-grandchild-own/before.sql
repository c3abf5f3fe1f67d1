CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 1, b text);
CREATE TABLE child () INHERITS (parent);
CREATE TABLE grandchild () INHERITS (child);
ALTER TABLE ONLY child ALTER COLUMN a SET DEFAULT 5;

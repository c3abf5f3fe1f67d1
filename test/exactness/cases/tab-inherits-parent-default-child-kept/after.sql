-- The parent's default changes (its ALTER reaches the child); the child keeps its own.
CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 2, b text);
CREATE TABLE child (extra integer) INHERITS (parent);
ALTER TABLE ONLY child ALTER COLUMN a SET DEFAULT 5;

-- The parent gains a column with a default; the child gives it one of its own.
CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 1, b text, c integer DEFAULT 1);
CREATE TABLE child (extra integer) INHERITS (parent);
ALTER TABLE ONLY child ALTER COLUMN c SET DEFAULT 9;

-- The parent's column changes type (default dropped and set again, reaching the child); the child keeps its own default.
CREATE TABLE parent (id integer NOT NULL, a bigint DEFAULT 1, b text);
CREATE TABLE child (extra integer) INHERITS (parent);
ALTER TABLE ONLY child ALTER COLUMN a SET DEFAULT 5;

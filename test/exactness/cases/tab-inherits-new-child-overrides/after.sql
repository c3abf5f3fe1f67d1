-- A new child with its own default, NOT NULL, storage and comment on inherited columns.
CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 1, b text);
CREATE TABLE child (extra integer) INHERITS (parent);
ALTER TABLE ONLY child ALTER COLUMN a SET DEFAULT 7, ALTER COLUMN a SET NOT NULL, ALTER COLUMN b SET STORAGE MAIN;
COMMENT ON COLUMN child.b IS 'child b';

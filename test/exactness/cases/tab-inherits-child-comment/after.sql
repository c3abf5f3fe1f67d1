-- A comment on the child's inherited column (comments are not inherited).
CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 1, b text);
CREATE TABLE child (extra integer) INHERITS (parent);
COMMENT ON COLUMN parent.a IS 'the parent''s';
COMMENT ON COLUMN child.a IS 'the child''s';

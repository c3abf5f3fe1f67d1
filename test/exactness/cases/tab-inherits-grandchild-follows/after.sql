-- The middle table's own default changes; the grandchild, which takes it, follows.
CREATE TABLE parent (id integer NOT NULL, a integer DEFAULT 1, b text);
CREATE TABLE child () INHERITS (parent);
CREATE TABLE grandchild () INHERITS (child);
ALTER TABLE child ALTER COLUMN a SET DEFAULT 6;

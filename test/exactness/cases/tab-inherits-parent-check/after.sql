-- A parent gains a CHECK; the child inherits it.
CREATE TABLE parent (id integer NOT NULL, name text);
ALTER TABLE parent ADD CONSTRAINT parent_id_pos CHECK (id > 0);
CREATE TABLE child (extra integer) INHERITS (parent);

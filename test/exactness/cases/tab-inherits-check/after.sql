-- A child inherits its parent's CHECK (not re-declared) and has its own.
CREATE TABLE parent (id integer NOT NULL, name text, CONSTRAINT parent_id_pos CHECK (id > 0));
CREATE TABLE child (extra integer CHECK (extra > 1)) INHERITS (parent);

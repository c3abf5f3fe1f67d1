CREATE TABLE parent (id integer NOT NULL, name text, CONSTRAINT parent_id_pos CHECK (id > 0));

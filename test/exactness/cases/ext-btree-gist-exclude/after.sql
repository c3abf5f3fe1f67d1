-- btree_gist is created for an exclusion constraint mixing = and &&.
CREATE EXTENSION btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room integer NOT NULL, during tsrange NOT NULL, EXCLUDE USING gist (room WITH =, during WITH &&));

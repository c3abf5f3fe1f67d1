-- A btree_gist exclusion constraint on (room_id =, during &&) over a tstzrange column.
CREATE EXTENSION btree_gist;
CREATE TABLE reservations (id integer PRIMARY KEY, room_id integer NOT NULL, during tstzrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&));

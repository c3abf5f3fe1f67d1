-- The exclusion constraint keeps its name but gains a WHERE (NOT cancelled) predicate and DEFERRABLE INITIALLY DEFERRED.
CREATE EXTENSION btree_gist;
CREATE TABLE reservations (id integer PRIMARY KEY, room_id integer NOT NULL, during tstzrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled) DEFERRABLE INITIALLY DEFERRED);

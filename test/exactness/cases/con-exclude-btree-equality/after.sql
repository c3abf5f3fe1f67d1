-- An EXCLUDE constraint using btree equality with a predicate (a partial uniqueness).
CREATE TABLE booking (id int PRIMARY KEY, room int NOT NULL, during tsrange NOT NULL, cancelled boolean NOT NULL DEFAULT false);
ALTER TABLE booking ADD CONSTRAINT booking_one_per_room EXCLUDE USING btree (room WITH =) WHERE (NOT cancelled);

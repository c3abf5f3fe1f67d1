CREATE TABLE booking (id int PRIMARY KEY, room int NOT NULL, during tsrange NOT NULL, cancelled boolean NOT NULL DEFAULT false);
ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&);

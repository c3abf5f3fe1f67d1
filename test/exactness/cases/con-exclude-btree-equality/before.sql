CREATE TABLE booking (id int PRIMARY KEY, room int NOT NULL, during tsrange NOT NULL, cancelled boolean NOT NULL DEFAULT false);

CREATE TABLE reading (id integer PRIMARY KEY);

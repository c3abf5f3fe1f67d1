CREATE TABLE session (id integer PRIMARY KEY);

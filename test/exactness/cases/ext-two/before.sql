CREATE TABLE node (id integer PRIMARY KEY);

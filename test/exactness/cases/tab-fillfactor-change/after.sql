-- Table fillfactor 70 -> 90
CREATE TABLE t (id int PRIMARY KEY, v text) WITH (fillfactor = 90);

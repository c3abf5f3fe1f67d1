-- A default calling nextval of a sequence created in the same migration (the sequence must come first).
CREATE SEQUENCE t_a_seq START 100;
CREATE TABLE t (id int PRIMARY KEY, a int DEFAULT nextval('t_a_seq'), b int);

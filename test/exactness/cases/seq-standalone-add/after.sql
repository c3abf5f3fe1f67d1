-- A standalone sequence with every option (type, START, INCREMENT, MIN/MAX, CACHE, CYCLE): added.
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE SEQUENCE s AS integer START 10 INCREMENT 5 MINVALUE 5 MAXVALUE 1000 CACHE 3 CYCLE;

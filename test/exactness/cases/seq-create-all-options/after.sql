-- A sequence with every option set (type, increment, bounds, start, cache, cycle) is created.
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE SEQUENCE s AS integer INCREMENT BY 5 MINVALUE 10 MAXVALUE 100000 START WITH 20 CACHE 10 CYCLE;

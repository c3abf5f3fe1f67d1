CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE SEQUENCE s;
ALTER TABLE t ALTER a SET DEFAULT nextval('s');

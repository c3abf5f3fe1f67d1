-- Options of the sequence behind a serial column
CREATE TABLE t (id serial PRIMARY KEY);
ALTER SEQUENCE t_id_seq INCREMENT 10 CACHE 5;

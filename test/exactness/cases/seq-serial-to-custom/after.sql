-- A serial column whose sequence gets options is no longer plain serial: the sequence is altered.
CREATE TABLE t (id serial);
ALTER SEQUENCE t_id_seq INCREMENT BY 10 CACHE 5;

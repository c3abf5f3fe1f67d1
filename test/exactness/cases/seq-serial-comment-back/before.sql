CREATE TABLE t (id serial);
COMMENT ON SEQUENCE t_id_seq IS 'ids';

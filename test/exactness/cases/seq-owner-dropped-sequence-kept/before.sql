CREATE TABLE t (id serial);
CREATE TABLE u (id integer DEFAULT nextval('t_id_seq'));

CREATE SEQUENCE t_id_seq AS integer;
CREATE TABLE u (id integer DEFAULT nextval('t_id_seq'));

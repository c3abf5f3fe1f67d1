CREATE TABLE t (id integer NOT NULL);
CREATE SEQUENCE t_id_seq AS integer INCREMENT BY 2 OWNED BY t.id;
ALTER TABLE t ALTER id SET DEFAULT nextval('t_id_seq');

-- The table owning a sequence is dropped while another table keeps drawing from it: OWNED BY goes first.
CREATE SEQUENCE t_id_seq AS integer;
CREATE TABLE u (id integer DEFAULT nextval('t_id_seq'));

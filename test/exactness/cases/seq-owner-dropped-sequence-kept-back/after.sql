-- Reverse of seq-owner-dropped-sequence-kept: a new table takes over a sequence another table draws from.
CREATE TABLE t (id serial);
CREATE TABLE u (id integer DEFAULT nextval('t_id_seq'));

-- A new serial column whose default sequence name is taken: its sequence t_id_seq1 is not SERIAL's name, so it is spelled out.
CREATE SEQUENCE t_id_seq;
CREATE TABLE t (id serial);

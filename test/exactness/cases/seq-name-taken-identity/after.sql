-- A new identity column whose default sequence name is taken: PostgreSQL numbered it (t_id_seq1), and gen names it so.
CREATE SEQUENCE t_id_seq;
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY);

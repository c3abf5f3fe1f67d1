-- A serial column's sequence under another name is not SERIAL's: the column draws from a sequence of its own (renaming a sequence is out of scope: drop + create).
CREATE TABLE t (id serial);
ALTER SEQUENCE t_id_seq RENAME TO t_ids;

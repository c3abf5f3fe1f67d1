-- A serial column's sequence under another name is not SERIAL's: the column draws from a sequence of its own, which the column still owns, so it is renamed (its current value kept), not dropped and created.
CREATE TABLE t (id serial);
ALTER SEQUENCE t_id_seq RENAME TO t_ids;

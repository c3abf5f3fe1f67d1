-- A serial column's sequence left with its old table's name (t_id_seq on table u) is renamed to u_id_seq, keeping its current value.
CREATE TABLE u (id serial, x text);
ALTER TABLE u ADD CONSTRAINT t_pkey PRIMARY KEY (id);

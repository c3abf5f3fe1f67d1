-- Constraint: exclude rename.
CREATE EXTENSION btree_gist;
CREATE TABLE e (k int, r int4range, s int);
ALTER TABLE e ADD CONSTRAINT e_y EXCLUDE USING gist (r WITH &&);

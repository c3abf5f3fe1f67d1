-- Constraint: exclude change.
-- pull-skip: relies on the btree_gist extension, which gen does not manage yet (a pulled schema cannot create it)
CREATE EXTENSION btree_gist;
CREATE TABLE e (k int, r int4range, s int);
ALTER TABLE e ADD CONSTRAINT e_x EXCLUDE USING gist (k WITH =, r WITH &&) WHERE (s > 0);

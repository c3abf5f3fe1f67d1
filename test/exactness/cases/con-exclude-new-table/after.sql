-- Constraint: exclude new table.
CREATE EXTENSION btree_gist;
CREATE TABLE e (k int, r int4range, s int);
CREATE TABLE n (r int4range, CONSTRAINT n_x EXCLUDE USING gist (r WITH &&));
COMMENT ON CONSTRAINT n_x ON n IS 'n';

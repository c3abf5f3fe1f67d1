-- Constraint: exclude comment.
CREATE EXTENSION btree_gist;
CREATE TABLE e (k int, r int4range, s int);
ALTER TABLE e ADD CONSTRAINT e_x EXCLUDE USING gist (r WITH &&);
COMMENT ON CONSTRAINT e_x ON e IS 'no overlap';

-- Constraint: exclude opclass noop.
-- pull-skip: relies on the btree_gist extension, which gen does not manage yet (a pulled schema cannot create it)
CREATE EXTENSION btree_gist;
CREATE TABLE e (k text, r tsrange);
ALTER TABLE e ADD CONSTRAINT e_x EXCLUDE USING gist (k gist_text_ops WITH =, r WITH &&);

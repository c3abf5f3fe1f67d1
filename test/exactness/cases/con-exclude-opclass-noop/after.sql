-- Constraint: exclude opclass noop.
CREATE EXTENSION btree_gist;
CREATE TABLE e (k text, r tsrange);
ALTER TABLE e ADD CONSTRAINT e_x EXCLUDE USING gist (k gist_text_ops WITH =, r WITH &&);

-- A plain two-key btree index is added.
CREATE TABLE t (id int PRIMARY KEY, a text, b int);
CREATE INDEX t_a_b_idx ON t (a, b);

-- A view gains a comment and a column comment.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, a FROM t;
COMMENT ON VIEW v IS 'Visible rows';
COMMENT ON COLUMN v.a IS 'The label';

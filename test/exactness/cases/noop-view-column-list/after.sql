-- No change: view column names given as a column list vs as aliases; the diff must be "no changes".
CREATE TABLE t (id int PRIMARY KEY, a text, b int);
CREATE VIEW v AS SELECT id AS key, a AS label FROM t;

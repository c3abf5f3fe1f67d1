CREATE TABLE t (id int PRIMARY KEY, a text, b int);
CREATE VIEW v (key, label) AS SELECT id, a FROM t;

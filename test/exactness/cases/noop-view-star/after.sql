-- No change: a view written with SELECT * vs the expanded column list (stored the same); the diff must be "no changes".
CREATE TABLE t (id int PRIMARY KEY, a text, b int);
CREATE VIEW v AS SELECT id, a, b FROM t;
CREATE VIEW w AS SELECT v.id, v.a, v.b FROM v WHERE v.id < 10;

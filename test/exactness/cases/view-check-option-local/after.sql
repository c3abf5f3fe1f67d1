-- A view on a view: its check option changes CASCADED -> LOCAL.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v1 AS SELECT id, a, b FROM t WHERE b >= 0;
CREATE VIEW v2 AS SELECT id, a, b FROM v1 WHERE b < 1000 WITH LOCAL CHECK OPTION;

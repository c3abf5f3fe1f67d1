-- requires: 15
-- A view gains WITH (security_invoker = true).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v WITH (security_invoker = true) AS SELECT id, a FROM t;

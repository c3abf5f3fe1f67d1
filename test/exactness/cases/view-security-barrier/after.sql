-- A view gains WITH (security_barrier).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v WITH (security_barrier) AS SELECT id, a FROM t WHERE b > 0;

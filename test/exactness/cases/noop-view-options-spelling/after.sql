-- No change: view options and check option spelled differently (security_barrier vs security_barrier=true, CHECK OPTION vs CASCADED CHECK OPTION); the diff must be "no changes".
CREATE TABLE t (id int PRIMARY KEY, a text, b int);
CREATE VIEW v WITH (security_barrier = true) AS SELECT t.id, t.b FROM t WHERE t.b > 0 WITH CASCADED CHECK OPTION;
CREATE MATERIALIZED VIEW m AS SELECT t.b, count(*) AS count FROM public.t GROUP BY t.b WITH DATA;

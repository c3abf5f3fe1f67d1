-- A function's OUT parameters change (the result row type changes: drop and create).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE FUNCTION t_stats(OUT n bigint, OUT lo int, OUT hi int) LANGUAGE sql STABLE AS $$ SELECT count(*), min(b), max(b) FROM t $$;

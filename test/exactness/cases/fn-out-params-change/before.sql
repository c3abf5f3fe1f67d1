CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE FUNCTION t_stats(OUT n bigint, OUT lo int) LANGUAGE sql STABLE AS $$ SELECT count(*), min(b) FROM t $$;

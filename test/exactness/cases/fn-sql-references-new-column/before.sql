CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE FUNCTION label(x int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT a FROM t WHERE id = x $$;

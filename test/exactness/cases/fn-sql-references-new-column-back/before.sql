CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int, title text);
CREATE FUNCTION label(x int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(title, a) FROM t WHERE id = x $$;

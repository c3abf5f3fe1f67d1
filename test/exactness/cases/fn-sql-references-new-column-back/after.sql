-- A LANGUAGE sql function body stops reading a column that is dropped in the same change (the function first).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE FUNCTION label(x int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT a FROM t WHERE id = x $$;

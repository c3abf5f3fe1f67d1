-- requires: 14
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE FUNCTION big_ids(minb int) RETURNS SETOF int
LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT id FROM t WHERE b >= minb ORDER BY id;
END;

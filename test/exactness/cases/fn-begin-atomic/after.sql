-- requires: 14
-- A BEGIN ATOMIC function referencing a new table (parsed at creation: the table must come first).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE FUNCTION big_ids(minb int) RETURNS SETOF int
LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT id FROM t WHERE b >= minb ORDER BY id;
END;

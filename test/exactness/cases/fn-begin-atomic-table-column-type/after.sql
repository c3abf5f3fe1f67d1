-- requires: 14
-- A table column used by a BEGIN ATOMIC function changes type (the function depends on the column: drop and recreate it).
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b bigint);
CREATE FUNCTION b_of(x int) RETURNS int LANGUAGE sql STABLE BEGIN ATOMIC SELECT b::int FROM t WHERE id = x; END;

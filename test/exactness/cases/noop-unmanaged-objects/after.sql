-- No change: a view, a function and a grant beside a table (read, not managed: listed, never a difference); the diff must be "no changes".
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE VIEW t_view AS SELECT id, upper(v) AS v FROM t;
CREATE FUNCTION t_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM t';
GRANT SELECT ON t TO PUBLIC;

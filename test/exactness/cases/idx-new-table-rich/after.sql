-- A new table with rich indexes (opclass, DESC NULLS LAST, INCLUDE, WITH, WHERE, comment).
CREATE TABLE t (id int PRIMARY KEY, name text, code varchar(20), n int, d jsonb, tags text[], r int4range, ts tsvector, p point, ip inet, at timestamptz);
CREATE INDEX t_a ON t (lower(name) text_pattern_ops DESC NULLS LAST) INCLUDE (n) WITH (fillfactor = 80) WHERE n > 0;
CREATE INDEX t_b ON t USING gin (d jsonb_path_ops) WITH (fastupdate = off);
COMMENT ON INDEX t_a IS 'rich';

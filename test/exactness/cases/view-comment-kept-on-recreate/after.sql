-- A commented view is dropped and recreated (a column removed): its comments must be set again.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v AS SELECT id, a FROM t;
COMMENT ON VIEW v IS 'kept';
COMMENT ON COLUMN v.a IS 'kept column';

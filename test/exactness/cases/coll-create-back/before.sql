CREATE COLLATION ordinal FROM "C";
COMMENT ON COLLATION ordinal IS 'byte order';
CREATE TABLE t (id int PRIMARY KEY, code text COLLATE ordinal);

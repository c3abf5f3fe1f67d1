-- A collation in another schema (not on the search_path) is created and used by a column and an index key.
CREATE SCHEMA shared;
CREATE COLLATION shared.ordinal FROM "C";
CREATE TABLE t (id int PRIMARY KEY, code text COLLATE shared.ordinal);
CREATE INDEX t_code_idx ON t (code COLLATE "POSIX");
CREATE INDEX t_code_ordinal_idx ON t ((lower(code)) COLLATE shared.ordinal);

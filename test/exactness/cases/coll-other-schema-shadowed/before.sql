-- Two collations of one name: public.ordinal (on the search_path) and shared.ordinal.
CREATE SCHEMA shared;
CREATE COLLATION public.ordinal FROM "C";
CREATE COLLATION shared.ordinal FROM "POSIX";
CREATE TABLE t (id int PRIMARY KEY, code text COLLATE public.ordinal);

-- A column moves from public.ordinal to shared.ordinal, a collation of the same name in another schema.
CREATE SCHEMA shared;
CREATE COLLATION public.ordinal FROM "C";
CREATE COLLATION shared.ordinal FROM "POSIX";
CREATE TABLE t (id int PRIMARY KEY, code text COLLATE shared.ordinal);

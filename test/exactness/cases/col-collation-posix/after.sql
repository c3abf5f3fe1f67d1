-- A column's collation changes from "C" to "POSIX".
CREATE TABLE t (id integer, name text COLLATE "POSIX");

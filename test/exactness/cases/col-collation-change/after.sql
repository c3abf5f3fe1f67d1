-- Column collation "C" -> "POSIX"
CREATE TABLE t (id int PRIMARY KEY, v text COLLATE "POSIX");

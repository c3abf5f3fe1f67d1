-- Column collation "C" -> "POSIX" (the other way)
CREATE TABLE t (id int PRIMARY KEY, v text COLLATE "C");

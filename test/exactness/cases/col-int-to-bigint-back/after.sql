-- integer -> bigint (the other way)
CREATE TABLE t (id int PRIMARY KEY, v integer);

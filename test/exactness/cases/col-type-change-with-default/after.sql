-- integer -> bigint on a column with a default
CREATE TABLE t (id int PRIMARY KEY, v bigint DEFAULT 1);

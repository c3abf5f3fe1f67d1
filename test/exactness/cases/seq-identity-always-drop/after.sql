-- Identity (ALWAYS) on an existing column: dropped.
CREATE TABLE t (id int NOT NULL PRIMARY KEY, v text);

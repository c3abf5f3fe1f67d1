-- A materialized view dropped.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);

CREATE TABLE t (id int PRIMARY KEY, a integer, s integer GENERATED ALWAYS AS (a * 2) STORED);

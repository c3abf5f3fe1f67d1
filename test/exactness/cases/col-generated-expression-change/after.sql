-- Generated expression a*2 -> a*3
CREATE TABLE t (id int PRIMARY KEY, a integer, s integer GENERATED ALWAYS AS (a * 3) STORED);

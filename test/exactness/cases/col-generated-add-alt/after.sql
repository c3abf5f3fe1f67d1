-- A generated STORED column: added.
CREATE TABLE t (id int PRIMARY KEY, a integer, b integer, s integer GENERATED ALWAYS AS (a + b) STORED);

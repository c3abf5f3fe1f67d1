-- requires: 18
-- A generated VIRTUAL column (PostgreSQL 18): added.
CREATE TABLE t (id int PRIMARY KEY, a integer, v integer GENERATED ALWAYS AS (a * 2) VIRTUAL);

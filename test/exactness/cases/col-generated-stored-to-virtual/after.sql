-- requires: 18
-- Generated STORED -> VIRTUAL (PostgreSQL 18)
CREATE TABLE t (id int PRIMARY KEY, a integer, v integer GENERATED ALWAYS AS (a * 2) VIRTUAL);

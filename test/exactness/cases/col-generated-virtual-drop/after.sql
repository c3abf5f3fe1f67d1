-- requires: 18
-- A generated VIRTUAL column (PostgreSQL 18): dropped.
CREATE TABLE t (id int PRIMARY KEY, a integer);

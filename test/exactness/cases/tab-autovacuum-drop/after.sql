-- Table autovacuum_* storage parameters: dropped.
CREATE TABLE t (id int PRIMARY KEY, v text);

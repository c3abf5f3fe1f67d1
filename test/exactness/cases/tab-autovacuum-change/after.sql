-- Table parameters: one dropped, one changed, one added
CREATE TABLE t (id int PRIMARY KEY, v text) WITH (autovacuum_vacuum_scale_factor = 0.05, fillfactor = 80);

CREATE TABLE t (id int PRIMARY KEY, v text) WITH (autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.01);

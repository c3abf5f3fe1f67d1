CREATE TABLE t (id int PRIMARY KEY, v text) WITH (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_threshold = 500);

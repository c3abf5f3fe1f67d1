CREATE TABLE t (id integer) WITH (fillfactor=80, autovacuum_vacuum_scale_factor=0.05);

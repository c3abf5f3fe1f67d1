-- Storage parameters change (one changed, one replaced), in stored order.
CREATE TABLE t (id integer) WITH (fillfactor=80, autovacuum_vacuum_scale_factor=0.05);

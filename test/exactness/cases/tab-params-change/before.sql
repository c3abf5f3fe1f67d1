CREATE TABLE t (id integer) WITH (fillfactor=70, autovacuum_enabled=false);

CREATE TABLE t (id integer, body text) WITH (fillfactor=60, toast.autovacuum_enabled=off);

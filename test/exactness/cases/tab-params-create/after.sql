-- A table is created with table and TOAST storage parameters.
CREATE TABLE t (id integer, body text) WITH (fillfactor=60, toast.autovacuum_enabled=off);

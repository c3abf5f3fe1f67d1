-- TOAST storage parameters and toast_tuple_target are set.
CREATE TABLE t (id integer, body text) WITH (toast.autovacuum_enabled=false, toast_tuple_target=4096);

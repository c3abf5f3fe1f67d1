CREATE TABLE t (id int PRIMARY KEY, v text) WITH (toast.autovacuum_enabled = false);

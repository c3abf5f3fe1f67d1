CREATE TABLE t (id int, a int, PRIMARY KEY (id) WITH (fillfactor = 60));

-- WITH (fillfactor=60) on a primary key index: added.
CREATE TABLE t (id int, a int, PRIMARY KEY (id) WITH (fillfactor = 60));

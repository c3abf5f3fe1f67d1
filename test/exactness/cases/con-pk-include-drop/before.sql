CREATE TABLE t (id int, a int, b text, PRIMARY KEY (id) INCLUDE (b));

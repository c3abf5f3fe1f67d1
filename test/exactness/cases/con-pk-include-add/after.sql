-- INCLUDE (b) on a primary key: added.
CREATE TABLE t (id int, a int, b text, PRIMARY KEY (id) INCLUDE (b));

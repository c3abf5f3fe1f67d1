-- A nextval default and its sequence dropped together (the default must go first).
CREATE TABLE t (id int PRIMARY KEY, a int, b int);

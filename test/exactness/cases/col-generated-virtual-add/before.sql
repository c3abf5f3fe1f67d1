-- requires: 18
CREATE TABLE t (id int PRIMARY KEY, a integer);

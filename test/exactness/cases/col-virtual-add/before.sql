-- requires: 18
CREATE TABLE t (a integer, b integer);

CREATE TABLE t (id bigint PRIMARY KEY, n bigint);

CREATE TABLE t (id int PRIMARY KEY, v varchar(10));
CREATE INDEX t_v_idx ON t (v);

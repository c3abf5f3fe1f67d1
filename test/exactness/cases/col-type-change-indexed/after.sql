-- varchar(10) -> varchar(40) on an indexed column
CREATE TABLE t (id int PRIMARY KEY, v varchar(40));
CREATE INDEX t_v_idx ON t (v);

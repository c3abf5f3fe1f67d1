CREATE TABLE t (id int PRIMARY KEY, a text, b int);
create view v as select a, b from t where b>0;

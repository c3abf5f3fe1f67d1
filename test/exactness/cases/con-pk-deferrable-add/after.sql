-- DEFERRABLE on a primary key: added.
CREATE TABLE t (id int PRIMARY KEY DEFERRABLE, a int);

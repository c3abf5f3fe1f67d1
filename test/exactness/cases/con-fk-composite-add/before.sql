CREATE TABLE p (id int PRIMARY KEY, k1 int, k2 int, UNIQUE (k1, k2));
CREATE TABLE c (id int PRIMARY KEY, p_id int, k1 int, k2 int);

-- A view dropped; its table stays.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);

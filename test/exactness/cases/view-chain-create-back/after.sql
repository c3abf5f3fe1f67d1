-- A chain of three views (v3 on v2 on v1) dropped, the top first.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);

-- A column added between two others (order is not compared for tables that exist before).
CREATE TABLE t (id int PRIMARY KEY, b varchar(20) NOT NULL DEFAULT 'x', c text);
CREATE TABLE u (a int, b int, c int);

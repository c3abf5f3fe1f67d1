-- A column default: added.
CREATE TABLE t (id int PRIMARY KEY, v integer DEFAULT 0);

-- A NOT NULL column with a default: added.
CREATE TABLE t (id int PRIMARY KEY, v integer NOT NULL DEFAULT 7);

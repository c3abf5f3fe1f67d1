-- A text[] column with an empty-array default: added.
CREATE TABLE t (id int PRIMARY KEY, v text[] NOT NULL DEFAULT '{}');

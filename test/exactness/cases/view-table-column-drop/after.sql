-- A table column dropped while the view that used it is changed not to use it.
CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL);
CREATE VIEW v AS SELECT id, a FROM t;

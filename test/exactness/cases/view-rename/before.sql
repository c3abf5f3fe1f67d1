CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int);
CREATE VIEW v_old AS SELECT id, a FROM t;

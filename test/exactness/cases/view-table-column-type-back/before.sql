CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b bigint);
CREATE VIEW v AS SELECT id, b FROM t WHERE b > 0;

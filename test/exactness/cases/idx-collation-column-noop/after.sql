-- Index: collation column noop.
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE TABLE u (x text COLLATE "C");
CREATE INDEX u_x ON u (x COLLATE "C");
CREATE INDEX u_lx ON u (lower(x));

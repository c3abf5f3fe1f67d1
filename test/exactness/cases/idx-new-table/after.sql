-- Index: new table.
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE TABLE n (x text, y int);
CREATE INDEX n_x ON n (x COLLATE "C" text_pattern_ops) WITH (fillfactor=50);

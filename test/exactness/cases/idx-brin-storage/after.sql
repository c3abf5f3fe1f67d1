-- Index: brin storage.
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE INDEX t_b ON t USING brin (c) WITH (autosummarize=on, pages_per_range=16);

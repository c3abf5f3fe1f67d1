-- Index: gin storage.
CREATE TABLE t (id int NOT NULL, a text, b text, c int, v varchar(20), ts tsvector, r int4range);
CREATE INDEX t_g ON t USING gin (ts) WITH (gin_pending_list_limit=128);

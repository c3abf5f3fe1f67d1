CREATE TABLE t (id int PRIMARY KEY, name text, code varchar(20), n int, d jsonb, tags text[], r int4range, ts tsvector, p point, ip inet, at timestamptz);
CREATE INDEX t_code_hash ON t USING hash (code);

-- Partial index predicate n > 0 -> n > 10
CREATE TABLE t (id int PRIMARY KEY, name text, code varchar(20), n int, d jsonb, tags text[], r int4range, ts tsvector, p point, ip inet, at timestamptz);
CREATE INDEX t_n_idx ON t (n) WHERE n > 10;

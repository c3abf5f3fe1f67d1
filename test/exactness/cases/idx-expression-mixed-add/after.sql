-- An index mixing a column and two expression keys: added.
CREATE TABLE t (id int PRIMARY KEY, name text, code varchar(20), n int, d jsonb, tags text[], r int4range, ts tsvector, p point, ip inet, at timestamptz);
CREATE INDEX t_mixed_idx ON t (n, (d ->> 'kind'), lower(name) DESC);

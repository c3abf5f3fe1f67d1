CREATE TABLE t (id int PRIMARY KEY, name text, d jsonb, tags text[], r int4range, ts tsvector, p point, at timestamptz);
CREATE INDEX i1 ON t (lower(name) text_pattern_ops DESC NULLS LAST) INCLUDE (id) WITH (fillfactor = 70) WHERE at IS NOT NULL;
CREATE INDEX i2 ON t USING gin (d jsonb_path_ops) WITH (fastupdate = off);
CREATE INDEX i3 ON t USING gist (ts tsvector_ops (siglen = 64));
CREATE INDEX i4 ON t USING brin (at) WITH (pages_per_range = 16);
CREATE INDEX i5 ON t USING hash (name);
CREATE INDEX i6 ON t USING spgist (p);
CREATE INDEX i7 ON t (name COLLATE "C");
COMMENT ON INDEX i1 IS 'rich';

-- A new table with column compression.
CREATE TABLE t (id integer, body text COMPRESSION lz4, doc jsonb COMPRESSION pglz);

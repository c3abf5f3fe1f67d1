-- Reverse of ext-trgm-index: a gin_trgm_ops index is dropped before pg_trgm.
CREATE TABLE article (id integer PRIMARY KEY, title text NOT NULL);

-- The jsonb document table loses its structure: view, indexes, checks and the generated column are dropped.
CREATE TABLE customers (id integer PRIMARY KEY, data jsonb NOT NULL);

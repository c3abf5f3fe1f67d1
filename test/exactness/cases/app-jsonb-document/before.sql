-- A jsonb document table without constraints or indexes.
CREATE TABLE customers (id integer PRIMARY KEY, data jsonb NOT NULL);

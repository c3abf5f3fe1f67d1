-- A function RETURNS SETOF a table's row type created after the table.
CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, amount numeric(10,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION orders_of(cid int) RETURNS SETOF orders LANGUAGE sql STABLE ROWS 10 AS $$ SELECT * FROM orders WHERE customer_id = cid $$;

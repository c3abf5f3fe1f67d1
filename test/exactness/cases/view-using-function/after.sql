-- A function and a view calling it created (the function first).
CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, amount numeric(10,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION cents(numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT round($1 * 100)::bigint $$;
CREATE VIEW order_cents AS SELECT id, cents(amount) AS amount_cents FROM orders;

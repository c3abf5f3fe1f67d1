-- A function used by a view changes its return type bigint -> numeric: function and view dropped and recreated.
CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, amount numeric(10,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION cents(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round($1 * 100) $$;
CREATE VIEW order_cents AS SELECT id, cents(amount) AS amount_cents FROM orders;

-- A RETURNS TABLE function gains a result column (drop and create).
CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, amount numeric(10,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION top_customers(lim int) RETURNS TABLE (customer_id int, total numeric, n bigint) LANGUAGE sql STABLE AS $$ SELECT customer_id, sum(amount), count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT lim $$;

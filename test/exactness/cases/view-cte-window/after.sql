-- A view with a CTE and a window function: the window changes (rank over a partition).
CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, amount numeric(10,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW ranked_orders AS
  WITH recent AS (SELECT * FROM orders WHERE placed_at > '2020-01-01')
  SELECT id, customer_id, amount, rank() OVER (PARTITION BY customer_id ORDER BY amount DESC) AS pos
  FROM recent;

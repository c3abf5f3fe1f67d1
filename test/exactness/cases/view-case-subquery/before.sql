CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, amount numeric(10,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW customer_class AS
  SELECT c.id,
         CASE WHEN (SELECT sum(amount) FROM orders o WHERE o.customer_id = c.id) > 1000 THEN 'gold' ELSE 'standard' END AS class,
         EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AS has_orders
  FROM customer c;

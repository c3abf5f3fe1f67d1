-- A reporting materialized view with a unique index and a comment, read by a plain view.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL, status text NOT NULL, total numeric(12,2) NOT NULL);
CREATE MATERIALIZED VIEW customer_stats AS
  SELECT customer_id, count(*) AS orders, sum(total) AS spent FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX customer_stats_customer_key ON customer_stats (customer_id);
COMMENT ON MATERIALIZED VIEW customer_stats IS 'per-customer totals';
CREATE VIEW top_customers AS SELECT customer_id, spent FROM customer_stats ORDER BY spent DESC LIMIT 100;

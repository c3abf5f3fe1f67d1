-- A "latest order per customer" view over a DISTINCT ON sub-query in FROM, filtered outside it (a single sub-query as the view's only FROM item).
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL, total numeric(12,2) NOT NULL);
CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at DESC);
CREATE VIEW latest_orders AS
  SELECT l.customer_id, l.id AS order_id, l.placed_at, l.total
    FROM (SELECT DISTINCT ON (customer_id) customer_id, id, placed_at, total FROM orders ORDER BY customer_id, placed_at DESC) l
   WHERE l.total > 0;

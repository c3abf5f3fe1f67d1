-- A reporting materialized view of daily revenue (WITH NO DATA) with the unique index REFRESH CONCURRENTLY needs, a second index, and a comment.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL, status text NOT NULL);
CREATE TABLE order_lines (order_id bigint NOT NULL REFERENCES orders ON DELETE CASCADE, line_no integer NOT NULL, amount numeric(12,2) NOT NULL, PRIMARY KEY (order_id, line_no));
CREATE MATERIALIZED VIEW daily_revenue AS
  SELECT date_trunc('day', o.placed_at AT TIME ZONE 'UTC')::date AS day, count(DISTINCT o.id) AS orders, sum(l.amount) AS revenue
    FROM orders o JOIN order_lines l ON l.order_id = o.id
   WHERE o.status <> 'cancelled'
   GROUP BY 1
WITH NO DATA;
CREATE UNIQUE INDEX daily_revenue_day_key ON daily_revenue (day);
CREATE INDEX daily_revenue_revenue_idx ON daily_revenue (revenue DESC);
COMMENT ON MATERIALIZED VIEW daily_revenue IS 'Refreshed nightly with REFRESH MATERIALIZED VIEW CONCURRENTLY';

-- Orders per customer, no reporting view.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL, total numeric(12,2) NOT NULL);
CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at DESC);

-- Orders and order lines, no reporting objects.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL, status text NOT NULL);
CREATE TABLE order_lines (order_id bigint NOT NULL REFERENCES orders ON DELETE CASCADE, line_no integer NOT NULL, amount numeric(12,2) NOT NULL, PRIMARY KEY (order_id, line_no));

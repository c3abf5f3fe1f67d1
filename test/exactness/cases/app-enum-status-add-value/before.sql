-- An order_status enum used by a column with a DEFAULT, a view filtering on it, a partial index and a function with the enum argument.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending', placed_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status IN ('pending', 'paid');
CREATE VIEW open_orders AS SELECT id, status, placed_at FROM orders WHERE status < 'shipped';
CREATE FUNCTION orders_in(s order_status) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM orders WHERE status = s $$;

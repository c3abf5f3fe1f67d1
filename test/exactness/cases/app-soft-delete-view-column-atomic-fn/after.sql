-- requires: 14
-- The legacy column leaves the table and the middle of the active_ view; the BEGIN ATOMIC function depending on the view must be dropped and re-created around the view's re-creation.
CREATE TABLE products (id integer PRIMARY KEY, sku text NOT NULL UNIQUE, name text NOT NULL, price numeric(10,2) NOT NULL, deleted_at timestamptz);
CREATE VIEW active_products AS SELECT id, sku, name, price FROM products WHERE deleted_at IS NULL;
CREATE FUNCTION product_price(p_sku text) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT price FROM active_products WHERE sku = p_sku;
END;

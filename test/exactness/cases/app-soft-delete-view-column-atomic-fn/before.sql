-- requires: 14
-- An active_ view exposes a legacy column in the middle; a BEGIN ATOMIC function reads another column of the view (a recorded dependency).
CREATE TABLE products (id integer PRIMARY KEY, sku text NOT NULL UNIQUE, legacy_code text, name text NOT NULL, price numeric(10,2) NOT NULL, deleted_at timestamptz);
CREATE VIEW active_products AS SELECT id, sku, legacy_code, name, price FROM products WHERE deleted_at IS NULL;
CREATE FUNCTION product_price(p_sku text) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT price FROM active_products WHERE sku = p_sku;
END;

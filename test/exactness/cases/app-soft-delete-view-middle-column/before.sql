-- An active_ view over a soft-delete table exposes a legacy column in the middle; a function reads from the view.
CREATE TABLE products (id integer PRIMARY KEY, sku text NOT NULL UNIQUE, legacy_code text, name text NOT NULL, price numeric(10,2) NOT NULL, deleted_at timestamptz);
CREATE VIEW active_products AS SELECT id, sku, legacy_code, name, price FROM products WHERE deleted_at IS NULL;
CREATE FUNCTION product_price(p_sku text) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT price FROM active_products WHERE sku = p_sku $$;
COMMENT ON VIEW active_products IS 'Products not soft-deleted';

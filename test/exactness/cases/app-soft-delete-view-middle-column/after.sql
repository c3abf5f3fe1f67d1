-- The legacy column in the middle of an active_ view goes away with the table column (the view is dropped and re-created, its comment kept; the function reading it stays).
CREATE TABLE products (id integer PRIMARY KEY, sku text NOT NULL UNIQUE, name text NOT NULL, price numeric(10,2) NOT NULL, deleted_at timestamptz);
CREATE VIEW active_products AS SELECT id, sku, name, price FROM products WHERE deleted_at IS NULL;
CREATE FUNCTION product_price(p_sku text) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT price FROM active_products WHERE sku = p_sku $$;
COMMENT ON VIEW active_products IS 'Products not soft-deleted';

-- The overloads shrink: the (id, qty) overload is dropped, the by-sku overload loses an OUT column, the by-id overload's body changes.
CREATE TABLE products (id integer PRIMARY KEY, sku text NOT NULL UNIQUE, net numeric(10,2) NOT NULL, vat_rate numeric(4,3) NOT NULL DEFAULT 0.2);
CREATE FUNCTION product_price(p_id integer, OUT net numeric, OUT gross numeric) LANGUAGE sql STABLE
  AS $$ SELECT net, round(net * (1 + vat_rate), 2) FROM products WHERE id = p_id $$;
CREATE FUNCTION product_price(p_sku text, OUT net numeric, OUT gross numeric) LANGUAGE sql STABLE
  AS $$ SELECT net, round(net * (1 + vat_rate), 2) FROM products WHERE sku = p_sku $$;

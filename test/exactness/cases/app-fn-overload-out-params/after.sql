-- Overloads evolve: the by-sku overload gains an OUT vat column (drop and re-create, result type changes), the by-id overload keeps its signature with a new body, and a third overload (by id and quantity) appears.
CREATE TABLE products (id integer PRIMARY KEY, sku text NOT NULL UNIQUE, net numeric(10,2) NOT NULL, vat_rate numeric(4,3) NOT NULL DEFAULT 0.2);
CREATE FUNCTION product_price(p_id integer, OUT net numeric, OUT gross numeric) LANGUAGE sql STABLE
  AS $$ SELECT p.net, round(p.net * (1 + p.vat_rate), 2) FROM products p WHERE p.id = p_id $$;
CREATE FUNCTION product_price(p_sku text, OUT net numeric, OUT vat numeric, OUT gross numeric) LANGUAGE sql STABLE
  AS $$ SELECT net, round(net * vat_rate, 2), round(net * (1 + vat_rate), 2) FROM products WHERE sku = p_sku $$;
CREATE FUNCTION product_price(p_id integer, qty integer, OUT net numeric, OUT gross numeric) LANGUAGE sql STABLE
  AS $$ SELECT net * qty, round(net * qty * (1 + vat_rate), 2) FROM products WHERE id = p_id $$;

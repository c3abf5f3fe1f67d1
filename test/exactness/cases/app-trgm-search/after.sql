-- pg_trgm powers fuzzy search: a GIN gin_trgm_ops index on lower(name), a GiST gist_trgm_ops(siglen=32) index on description, and a SQL function using similarity() and the % operator.
CREATE EXTENSION pg_trgm;
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, description text);
CREATE INDEX products_name_lower_idx ON products (lower(name));
CREATE INDEX products_name_trgm_idx ON products USING gin (lower(name) gin_trgm_ops);
CREATE INDEX products_description_trgm_idx ON products USING gist (description gist_trgm_ops (siglen = 32));
CREATE FUNCTION search_products(q text) RETURNS SETOF products LANGUAGE sql STABLE
  AS $$ SELECT * FROM products WHERE lower(name) % lower(q) ORDER BY similarity(lower(name), lower(q)) DESC LIMIT 20 $$;

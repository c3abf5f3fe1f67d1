-- A products table searched with ILIKE, with a btree index on lower(name).
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, description text);
CREATE INDEX products_name_lower_idx ON products (lower(name));

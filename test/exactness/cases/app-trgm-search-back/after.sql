-- pg_trgm fuzzy search is removed: the trigram indexes, the search function and the extension are dropped.
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, description text);
CREATE INDEX products_name_lower_idx ON products (lower(name));

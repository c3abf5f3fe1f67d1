-- A jsonb document table gets structure: CHECKs with jsonb_typeof and ?, a generated column extracting data->>'email', a unique expression index on lower(data->>'email'), a jsonb_path_ops GIN index and a view unpacking fields.
CREATE TABLE customers (id integer PRIMARY KEY, data jsonb NOT NULL,
  email text GENERATED ALWAYS AS (lower(data ->> 'email')) STORED,
  CONSTRAINT customers_data_object CHECK (jsonb_typeof(data) = 'object'),
  CONSTRAINT customers_data_email CHECK (data ? 'email'),
  CONSTRAINT customers_data_tags CHECK (NOT data ? 'tags' OR jsonb_typeof(data -> 'tags') = 'array'));
CREATE UNIQUE INDEX customers_email_key ON customers (lower(data ->> 'email'));
CREATE INDEX customers_data_idx ON customers USING gin (data jsonb_path_ops);
CREATE VIEW customer_cards AS
  SELECT id, email, data ->> 'name' AS name, (data #>> '{address,city}') AS city, coalesce(jsonb_array_length(data -> 'tags'), 0) AS tag_count
    FROM customers;

CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, amount numeric(10,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());

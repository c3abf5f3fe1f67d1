-- A LANGUAGE sql function whose body reads a new table (check_function_bodies: the table must exist first).
CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, amount numeric(10,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION customer_total(cid int) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(amount), 0) FROM orders WHERE customer_id = cid $$;

-- A soft-delete table with a phone column shown by its active_ view, with a second view on top.
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL, deleted_at timestamptz, phone text);
CREATE VIEW active_customers AS SELECT id, name, email, phone FROM customers WHERE deleted_at IS NULL;
CREATE VIEW customer_directory AS SELECT name, email FROM active_customers ORDER BY name;

-- The phone column leaves the soft-delete table and the active_ view: the view loses its last column (drop and re-create, with the view on top).
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL, deleted_at timestamptz);
CREATE VIEW active_customers AS SELECT id, name, email FROM customers WHERE deleted_at IS NULL;
CREATE VIEW customer_directory AS SELECT name, email FROM active_customers ORDER BY name;

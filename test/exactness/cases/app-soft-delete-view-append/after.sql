-- A soft-delete table gains a phone column and its active_ view appends it (CREATE OR REPLACE VIEW keeps the view on top).
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL, deleted_at timestamptz, phone text);
CREATE VIEW active_customers AS SELECT id, name, email, phone FROM customers WHERE deleted_at IS NULL;
CREATE VIEW customer_directory AS SELECT name, email FROM active_customers ORDER BY name;

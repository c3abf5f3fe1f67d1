-- An email domain (text, CHECK with a regex) and a positive_amount domain used by columns of two tables and a view.
CREATE DOMAIN email AS text CONSTRAINT email_format CHECK (VALUE ~* '^[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}$');
CREATE DOMAIN positive_amount AS numeric CONSTRAINT positive_amount_check CHECK (VALUE > 0);
CREATE TABLE customers (id integer PRIMARY KEY, email email NOT NULL UNIQUE);
CREATE TABLE charges (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers, amount positive_amount NOT NULL);
CREATE VIEW customer_charges AS SELECT c.email, sum(ch.amount) AS total FROM customers c JOIN charges ch ON ch.customer_id = c.id GROUP BY c.email;

-- A format_money(numeric) helper used by a view and by a column DEFAULT.
CREATE FUNCTION format_money(amount numeric) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT to_char(amount, 'FM999999990.00') || ' EUR' $$;
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(12,2) NOT NULL, label text NOT NULL DEFAULT format_money(0));
CREATE VIEW invoice_list AS SELECT id, format_money(total) AS total_text FROM invoices;

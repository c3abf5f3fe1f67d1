-- format_money gains a currency argument with a DEFAULT: the call text in the view and the column DEFAULT is unchanged but now binds to format_money(numeric, text), so both must be re-pointed before the old function is dropped.
CREATE FUNCTION format_money(amount numeric, currency text DEFAULT 'EUR') RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT to_char(amount, 'FM999999990.00') || ' ' || currency $$;
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(12,2) NOT NULL, label text NOT NULL DEFAULT format_money(0));
CREATE VIEW invoice_list AS SELECT id, format_money(total) AS total_text FROM invoices;

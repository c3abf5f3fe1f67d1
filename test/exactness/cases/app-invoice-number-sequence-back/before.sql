-- Human invoice numbers from a sequence through a function used as a column DEFAULT.
CREATE SEQUENCE invoice_number_seq AS integer START WITH 1000 CACHE 1;
CREATE FUNCTION next_invoice_number() RETURNS text LANGUAGE sql VOLATILE
  AS $$ SELECT 'INV-' || to_char(current_date, 'YYYY') || '-' || lpad(nextval('invoice_number_seq')::text, 6, '0') $$;
CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer text NOT NULL, issued_on date NOT NULL DEFAULT current_date,
  number text NOT NULL DEFAULT next_invoice_number() CONSTRAINT invoices_number_key UNIQUE CONSTRAINT invoices_number_format CHECK (number ~ '^INV-[0-9]{4}-[0-9]{6}$'));

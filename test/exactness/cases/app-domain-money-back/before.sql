-- Amount and currency domains used by columns and a function argument.
CREATE DOMAIN positive_amount AS numeric(12,2) NOT NULL CONSTRAINT positive_amount_check CHECK (VALUE > 0);
CREATE DOMAIN currency_code AS char(3) DEFAULT 'EUR' CONSTRAINT currency_code_format CHECK (VALUE ~ '^[A-Z]{3}$');
COMMENT ON DOMAIN currency_code IS 'ISO 4217 alphabetic code';
CREATE TABLE invoices (id integer PRIMARY KEY, total positive_amount, currency currency_code NOT NULL);
CREATE TABLE payments (id integer PRIMARY KEY, invoice_id integer NOT NULL REFERENCES invoices, amount positive_amount);
CREATE FUNCTION with_vat(a positive_amount) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(a * 1.2, 2) $$;

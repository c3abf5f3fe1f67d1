-- Amounts as plain numeric columns with per-table CHECKs.
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(12,2) NOT NULL CHECK (total > 0), currency char(3) NOT NULL DEFAULT 'EUR');
CREATE TABLE payments (id integer PRIMARY KEY, invoice_id integer NOT NULL REFERENCES invoices, amount numeric(12,2) NOT NULL CHECK (amount > 0));

-- The human invoice number column goes with its UNIQUE and CHECK, then the function and the sequence it calls.
CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer text NOT NULL, issued_on date NOT NULL DEFAULT current_date);

-- Invoices numbered by their identity id.
CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer text NOT NULL, issued_on date NOT NULL DEFAULT current_date);

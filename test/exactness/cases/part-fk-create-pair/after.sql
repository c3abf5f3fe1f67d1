-- Two partitioned tables created together, the child's foreign key pointing at the parent's partitioned primary key (both on the same key).
CREATE TABLE invoices (
    id bigint NOT NULL,
    issued_on date NOT NULL,
    customer text NOT NULL,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoice_lines (
    invoice_id bigint NOT NULL,
    issued_on date NOT NULL,
    line_no int NOT NULL,
    amount numeric(10,2) NOT NULL,
    PRIMARY KEY (invoice_id, issued_on, line_no),
    FOREIGN KEY (invoice_id, issued_on) REFERENCES invoices (id, issued_on) ON DELETE CASCADE
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoice_lines_2024 PARTITION OF invoice_lines FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

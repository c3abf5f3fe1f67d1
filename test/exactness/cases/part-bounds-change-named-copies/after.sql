CREATE TABLE orders (
    id bigint NOT NULL,
    placed date NOT NULL,
    customer int,
    PRIMARY KEY (id, placed)
) PARTITION BY RANGE (placed);
CREATE INDEX orders_customer_idx ON orders (customer);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER INDEX orders_2024_pkey RENAME TO orders_2024_key_by_id;
ALTER INDEX orders_2024_customer_idx RENAME TO orders_2024_by_customer;

-- A partitioned table whose id is an identity column on the parent (partitions share it from PostgreSQL 17 on).
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY,
    ordered_on date NOT NULL,
    total numeric(10,2) NOT NULL,
    PRIMARY KEY (id, ordered_on)
) PARTITION BY RANGE (ordered_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- The RANGE key moves to another column (ordered_on to shipped_on), the primary key with it; partitions keep their names and bounds.
CREATE TABLE shipments (
    id bigint NOT NULL,
    ordered_on date NOT NULL,
    shipped_on date NOT NULL,
    carrier text,
    PRIMARY KEY (id, shipped_on)
) PARTITION BY RANGE (shipped_on);
CREATE TABLE shipments_2024 PARTITION OF shipments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE shipments_2025 PARTITION OF shipments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- Two levels from nothing: LIST by region, each region RANGE by date; a PK and an index on the root reach the leaves.
CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    ordered_on date NOT NULL,
    total numeric(10,2) NOT NULL,
    PRIMARY KEY (id, region, ordered_on)
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu') PARTITION BY RANGE (ordered_on);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us') PARTITION BY RANGE (ordered_on);
CREATE TABLE orders_eu_2024 PARTITION OF orders_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_eu_2025 PARTITION OF orders_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_us_2024 PARTITION OF orders_us FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_us_2025 PARTITION OF orders_us FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX orders_ordered_on_idx ON orders (ordered_on);

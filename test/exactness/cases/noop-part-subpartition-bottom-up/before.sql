CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    ordered_on date NOT NULL,
    PRIMARY KEY (id, region, ordered_on)
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu') PARTITION BY RANGE (ordered_on);
CREATE TABLE orders_eu_2024 PARTITION OF orders_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_eu_rest PARTITION OF orders_eu DEFAULT;
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');

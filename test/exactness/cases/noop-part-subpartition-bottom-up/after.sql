-- No change: a sub-partitioned partition built top-down (PARTITION OF) vs bottom-up (a standalone partitioned table gets its leaves, then is attached to the root); the diff must be "no changes".
CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    ordered_on date NOT NULL,
    PRIMARY KEY (id, region, ordered_on)
) PARTITION BY LIST (region);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
-- NOT NULL constraints named as the root's: PostgreSQL 18 names a PARTITION OF partition's copies after the parent's.
CREATE TABLE orders_eu (
    id bigint CONSTRAINT orders_id_not_null NOT NULL,
    region text CONSTRAINT orders_region_not_null NOT NULL,
    ordered_on date CONSTRAINT orders_ordered_on_not_null NOT NULL
) PARTITION BY RANGE (ordered_on);
CREATE TABLE orders_eu_2024 PARTITION OF orders_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_eu_rest PARTITION OF orders_eu DEFAULT;
ALTER TABLE orders ATTACH PARTITION orders_eu FOR VALUES IN ('eu');

-- A LIST partition's values change: one gains values, another loses one.
CREATE TABLE customers (
    id bigint NOT NULL,
    name text NOT NULL,
    region text NOT NULL
) PARTITION BY LIST (region);
CREATE TABLE customers_emea PARTITION OF customers FOR VALUES IN ('eu', 'uk', 'me', 'af');
CREATE TABLE customers_amer PARTITION OF customers FOR VALUES IN ('us');

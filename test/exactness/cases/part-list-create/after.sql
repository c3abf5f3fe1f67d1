-- A LIST-partitioned table is created with partitions of several values each, one of them also holding NULL.
CREATE TABLE customers (
    id bigint NOT NULL,
    name text NOT NULL,
    region text,
    created_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY LIST (region);
CREATE TABLE customers_emea PARTITION OF customers FOR VALUES IN ('eu', 'uk', 'me', 'af');
CREATE TABLE customers_amer PARTITION OF customers FOR VALUES IN ('us', 'ca', 'latam');
CREATE TABLE customers_apac PARTITION OF customers FOR VALUES IN ('apac', NULL);

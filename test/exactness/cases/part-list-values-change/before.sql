CREATE TABLE customers (
    id bigint NOT NULL,
    name text NOT NULL,
    region text NOT NULL
) PARTITION BY LIST (region);
CREATE TABLE customers_emea PARTITION OF customers FOR VALUES IN ('eu', 'uk');
CREATE TABLE customers_amer PARTITION OF customers FOR VALUES IN ('us', 'ca');

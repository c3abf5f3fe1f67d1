-- A named UNIQUE constraint (it must hold the partition key) is added on a LIST-partitioned parent.
CREATE TABLE customers (
    id bigint NOT NULL,
    email text NOT NULL,
    region text NOT NULL,
    CONSTRAINT customers_email_region_key UNIQUE (email, region)
) PARTITION BY LIST (region);
CREATE TABLE customers_emea PARTITION OF customers FOR VALUES IN ('eu', 'uk');
CREATE TABLE customers_amer PARTITION OF customers FOR VALUES IN ('us', 'ca');

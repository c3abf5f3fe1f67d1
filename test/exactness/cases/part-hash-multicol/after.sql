-- A HASH key of two columns (tenant_id, id), three partitions, a composite primary key on the key.
CREATE TABLE tenants (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE documents (
    tenant_id int NOT NULL REFERENCES tenants,
    id bigint NOT NULL,
    title text NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, id)
) PARTITION BY HASH (tenant_id, id);
CREATE TABLE documents_h0 PARTITION OF documents FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE documents_h1 PARTITION OF documents FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE documents_h2 PARTITION OF documents FOR VALUES WITH (MODULUS 3, REMAINDER 2);

-- A foreign key from the partitioned table to a plain table is added on the parent (with ON DELETE CASCADE).
CREATE TABLE tenants (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE events (
    id bigint NOT NULL,
    tenant_id int NOT NULL,
    created_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    CONSTRAINT events_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');

-- A plain table gets a foreign key to a partitioned table's primary key (PostgreSQL 12 on).
CREATE TABLE events (
    id bigint NOT NULL,
    tenant_id int NOT NULL,
    created_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
CREATE TABLE alerts (
    id int PRIMARY KEY,
    event_id bigint NOT NULL,
    event_at timestamptz NOT NULL,
    note text,
    FOREIGN KEY (event_id, event_at) REFERENCES events (id, created_at)
);

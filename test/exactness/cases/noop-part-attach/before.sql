CREATE TABLE events (
    id bigint NOT NULL,
    created_on date NOT NULL,
    kind text NOT NULL DEFAULT 'info',
    payload jsonb,
    PRIMARY KEY (id, created_on),
    CONSTRAINT events_kind_check CHECK (kind <> '')
) PARTITION BY RANGE (created_on);
CREATE INDEX events_kind_idx ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_rest PARTITION OF events DEFAULT;

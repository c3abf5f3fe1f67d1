-- No change: partitions made with PARTITION OF vs created standalone (same defaults, CHECK and NOT NULL names) and then ATTACHed; the diff must be "no changes".
CREATE TABLE events (
    id bigint NOT NULL,
    created_on date NOT NULL,
    kind text NOT NULL DEFAULT 'info',
    payload jsonb,
    PRIMARY KEY (id, created_on),
    CONSTRAINT events_kind_check CHECK (kind <> '')
) PARTITION BY RANGE (created_on);
CREATE INDEX events_kind_idx ON events (kind);
-- NOT NULL constraints named as the parent's: PostgreSQL 18 names a PARTITION OF partition's copies after the parent's.
CREATE TABLE events_rest (
    id bigint CONSTRAINT events_id_not_null NOT NULL,
    created_on date CONSTRAINT events_created_on_not_null NOT NULL,
    kind text CONSTRAINT events_kind_not_null NOT NULL DEFAULT 'info',
    payload jsonb,
    CONSTRAINT events_kind_check CHECK (kind <> '')
);
CREATE TABLE events_2025 (LIKE events_rest INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
CREATE TABLE events_2024 (
    id bigint CONSTRAINT events_id_not_null NOT NULL,
    created_on date CONSTRAINT events_created_on_not_null NOT NULL,
    kind text CONSTRAINT events_kind_not_null NOT NULL DEFAULT 'info',
    payload jsonb,
    CONSTRAINT events_kind_check CHECK (kind <> '')
);
ALTER TABLE events ATTACH PARTITION events_rest DEFAULT;
ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

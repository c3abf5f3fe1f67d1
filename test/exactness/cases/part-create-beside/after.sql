-- A RANGE-partitioned audit log (bigserial id, PK with the key, FK to a plain table) is added beside an existing table.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE audit_log (
    id bigserial,
    account_id bigint NOT NULL REFERENCES accounts (id),
    logged_at timestamptz NOT NULL DEFAULT now(),
    action text NOT NULL,
    detail jsonb,
    PRIMARY KEY (id, logged_at)
) PARTITION BY RANGE (logged_at);
CREATE TABLE audit_log_2024 PARTITION OF audit_log FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE audit_log_2025 PARTITION OF audit_log FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE INDEX audit_log_account_idx ON audit_log (account_id, logged_at DESC);

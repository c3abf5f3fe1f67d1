-- A regular table becomes RANGE-partitioned (the primary key gains the key column; index and FK now live on the parent): a rebuild.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE logins (
    id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES users,
    at timestamptz NOT NULL DEFAULT now(),
    ip inet,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE logins_2024 PARTITION OF logins FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE logins_2025 PARTITION OF logins FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE INDEX logins_user_id_idx ON logins (user_id);

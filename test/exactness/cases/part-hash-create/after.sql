-- A HASH-partitioned table with four partitions (MODULUS 4) and a primary key on the hash key.
CREATE TABLE sessions (
    id uuid NOT NULL,
    user_id bigint NOT NULL,
    data jsonb NOT NULL DEFAULT '{}',
    expires_at timestamptz,
    PRIMARY KEY (id)
) PARTITION BY HASH (id);
CREATE TABLE sessions_p0 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE sessions_p1 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE sessions_p2 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE sessions_p3 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 3);

CREATE TABLE sessions (
    id uuid NOT NULL,
    user_id bigint NOT NULL,
    data jsonb,
    PRIMARY KEY (id)
) PARTITION BY HASH (id);
CREATE TABLE sessions_p0 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sessions_p1 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1);

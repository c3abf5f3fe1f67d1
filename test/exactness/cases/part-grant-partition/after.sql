-- A partition gets its own grant, row-level security and a policy (none of which it takes from its parent).
CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, v text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
GRANT SELECT ON ev_2024 TO PUBLIC;
ALTER TABLE ev_2024 ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON ev_2024 USING (v <> 'x');

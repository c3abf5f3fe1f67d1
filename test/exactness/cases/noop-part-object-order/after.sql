-- No change: the parent's PK, FK, CHECK and index declared up front vs added after the partitions exist; the diff must be "no changes".
CREATE TABLE ledger (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    booked_on date NOT NULL,
    amount numeric(12,2) NOT NULL,
    memo text
) PARTITION BY RANGE (booked_on);
CREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ledger_2024 PARTITION OF ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX ON ledger (account_id, booked_on);
ALTER TABLE ledger ADD PRIMARY KEY (id, booked_on);
ALTER TABLE ledger ADD CHECK (amount <> 0);
CREATE TABLE accounts (id bigint PRIMARY KEY);
ALTER TABLE ledger ADD FOREIGN KEY (account_id) REFERENCES accounts;

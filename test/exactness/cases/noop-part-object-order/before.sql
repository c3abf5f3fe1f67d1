CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE ledger (
    id bigint NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts,
    booked_on date NOT NULL,
    amount numeric(12,2) NOT NULL CHECK (amount <> 0),
    memo text,
    PRIMARY KEY (id, booked_on)
) PARTITION BY RANGE (booked_on);
CREATE INDEX ledger_account_id_booked_on_idx ON ledger (account_id, booked_on);
CREATE TABLE ledger_2024 PARTITION OF ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE settings_history (
    id bigint NOT NULL,
    changed_on date NOT NULL,
    key text NOT NULL,
    value text,
    PRIMARY KEY (id, changed_on)
) PARTITION BY RANGE (changed_on);
CREATE TABLE settings_history_2024 PARTITION OF settings_history FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE settings_history_2025 PARTITION OF settings_history FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

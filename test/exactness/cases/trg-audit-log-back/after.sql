-- Reverse of trg-audit-log: the audit triggers, their function and the log table are dropped.
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE TABLE customer (id integer PRIMARY KEY, email text);

CREATE TABLE a (id int PRIMARY KEY) WITH (fillfactor = 80, autovacuum_enabled = false, toast.autovacuum_enabled = false);
CREATE UNLOGGED TABLE b (id int PRIMARY KEY, code text NOT NULL UNIQUE);
ALTER TABLE b REPLICA IDENTITY USING INDEX b_code_key;
CREATE TABLE c (x int);
ALTER TABLE c REPLICA IDENTITY FULL;
COMMENT ON TABLE a IS 'tuned';

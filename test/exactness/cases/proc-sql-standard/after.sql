-- requires: 14
-- A SQL-standard procedure body (BEGIN ATOMIC) referencing a table created with it.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE PROCEDURE log_it(m text) LANGUAGE sql BEGIN ATOMIC INSERT INTO audit_log (msg) VALUES (m); END;

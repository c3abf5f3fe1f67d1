-- A LANGUAGE sql procedure created.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE PROCEDURE log_two(x text, y text) LANGUAGE sql AS $$ INSERT INTO audit_log (msg) VALUES (x); INSERT INTO audit_log (msg) VALUES (y); $$;

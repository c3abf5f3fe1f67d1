-- A plpgsql procedure dropped.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());

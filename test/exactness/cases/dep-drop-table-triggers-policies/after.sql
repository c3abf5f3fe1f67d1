-- A table is dropped together with its trigger, its policies and the trigger function; the audit table stays.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  table_name text NOT NULL,
  op text NOT NULL,
  row_data jsonb,
  at timestamptz NOT NULL DEFAULT now()
);

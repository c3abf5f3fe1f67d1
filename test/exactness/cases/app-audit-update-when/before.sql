-- A generic audit log: a jsonb audit table, a plpgsql function using TG_OP/TG_TABLE_SCHEMA/TG_TABLE_NAME, AFTER INSERT OR UPDATE OR DELETE row triggers on two tables.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  schema_name text NOT NULL,
  table_name text NOT NULL,
  op char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
  old_row jsonb,
  new_row jsonb,
  changed_by text NOT NULL DEFAULT current_user,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_table_idx ON audit_log (schema_name, table_name, changed_at DESC);
CREATE FUNCTION audit_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (schema_name, table_name, op, old_row, new_row)
  VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, left(TG_OP, 1),
          CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END);
  RETURN NULL;
END
$$;
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers, total numeric(12,2) NOT NULL);
CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE OR DELETE ON customers FOR EACH ROW EXECUTE FUNCTION audit_trigger();
CREATE TRIGGER invoices_audit AFTER INSERT OR UPDATE OR DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION audit_trigger();

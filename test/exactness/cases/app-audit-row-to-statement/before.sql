-- Row-level audit: one AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW trigger writing jsonb rows to an audit table.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, table_name text NOT NULL, op text NOT NULL, row_data jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(14,2) NOT NULL DEFAULT 0);
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO audit_log (table_name, op, row_data) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(OLD));
  ELSE
    INSERT INTO audit_log (table_name, op, row_data) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit_row();

-- Statement-level audit with transition tables: three AFTER ... REFERENCING ... FOR EACH STATEMENT triggers.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, table_name text NOT NULL, op text NOT NULL, row_data jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(14,2) NOT NULL DEFAULT 0);
CREATE FUNCTION audit_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO audit_log (table_name, op, row_data) SELECT TG_TABLE_NAME, TG_OP, to_jsonb(n) FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO audit_log (table_name, op, row_data) SELECT TG_TABLE_NAME, TG_OP, to_jsonb(n) FROM new_rows n;
  ELSE
    INSERT INTO audit_log (table_name, op, row_data) SELECT TG_TABLE_NAME, TG_OP, to_jsonb(o) FROM old_rows o;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER accounts_audit_ins AFTER INSERT ON accounts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_statement();
CREATE TRIGGER accounts_audit_upd AFTER UPDATE ON accounts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_statement();
CREATE TRIGGER accounts_audit_del AFTER DELETE ON accounts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_statement();

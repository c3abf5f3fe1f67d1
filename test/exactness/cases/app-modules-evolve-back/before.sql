-- A billing module with payments, a cross-schema view and function, a read-only role and column-level UPDATE grant.
DO $$ BEGIN CREATE ROLE gen_case_app_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_app_readonly NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA auth;
CREATE SCHEMA billing;
CREATE TABLE auth.users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES auth.users, total_cents integer NOT NULL, issued_at timestamptz NOT NULL DEFAULT now(), status text NOT NULL DEFAULT 'open');
CREATE TABLE billing.payments (id bigint PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES billing.invoices ON DELETE RESTRICT, paid_by bigint REFERENCES auth.users ON DELETE SET NULL, amount_cents integer NOT NULL, paid_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW billing.open_balances AS
  SELECT u.email, i.id AS invoice_id, i.total_cents - coalesce(sum(p.amount_cents), 0) AS due_cents
    FROM billing.invoices i JOIN auth.users u ON u.id = i.user_id LEFT JOIN billing.payments p ON p.invoice_id = i.id
   WHERE i.status = 'open'
   GROUP BY u.email, i.id, i.total_cents;
CREATE FUNCTION billing.user_due(p_email text) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT sum(due_cents) FROM billing.open_balances WHERE email = p_email $$;
GRANT USAGE ON SCHEMA auth, billing TO gen_case_app_user;
GRANT USAGE ON SCHEMA billing TO gen_case_app_readonly;
GRANT SELECT ON auth.users TO gen_case_app_user;
GRANT SELECT ON billing.invoices TO gen_case_app_user;
GRANT UPDATE (status) ON billing.invoices TO gen_case_app_user;
GRANT SELECT, INSERT ON billing.payments TO gen_case_app_user;
GRANT SELECT ON billing.open_balances TO gen_case_app_user, gen_case_app_readonly;
REVOKE EXECUTE ON FUNCTION billing.user_due(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.user_due(text) TO gen_case_app_user;

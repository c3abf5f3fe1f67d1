-- A schema-per-module layout: auth and billing schemas with grants, cross-schema FKs, a view and a function.
DO $$ BEGIN CREATE ROLE gen_case_app_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_app_readonly NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE app_settings (key text PRIMARY KEY, value text NOT NULL);
CREATE SCHEMA auth;
CREATE SCHEMA billing;
COMMENT ON SCHEMA auth IS 'Identity and sessions';
COMMENT ON SCHEMA billing IS 'Plans, subscriptions and invoices';
CREATE TABLE auth.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION auth.uid() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_id', true), '')::bigint $$;
CREATE TABLE billing.plans (code text PRIMARY KEY, monthly_cents integer NOT NULL CHECK (monthly_cents >= 0));
CREATE TABLE billing.subscriptions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL DEFAULT auth.uid() REFERENCES auth.users ON DELETE CASCADE,
  plan_code text NOT NULL REFERENCES billing.plans,
  started_at timestamptz NOT NULL DEFAULT now()
);
CREATE VIEW billing.subscribers AS
  SELECT u.id AS user_id, u.email, s.plan_code, p.monthly_cents
    FROM billing.subscriptions s JOIN auth.users u ON u.id = s.user_id JOIN billing.plans p ON p.code = s.plan_code;
GRANT USAGE ON SCHEMA auth, billing TO gen_case_app_user;
GRANT USAGE ON SCHEMA billing TO gen_case_app_readonly;
GRANT SELECT ON auth.users TO gen_case_app_user;
GRANT EXECUTE ON FUNCTION auth.uid() TO gen_case_app_user;
GRANT SELECT, INSERT, UPDATE ON billing.subscriptions TO gen_case_app_user;
GRANT SELECT ON billing.plans, billing.subscribers TO gen_case_app_user, gen_case_app_readonly;

-- A schema-per-module layout: auth.users, billing.invoices referencing it, USAGE and table grants to the app role.
DO $$ BEGIN CREATE ROLE gen_case_app_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_app_readonly NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA auth;
CREATE SCHEMA billing;
CREATE TABLE auth.users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES auth.users, total_cents integer NOT NULL, issued_at timestamptz NOT NULL DEFAULT now());
GRANT USAGE ON SCHEMA auth, billing TO gen_case_app_user;
GRANT SELECT ON auth.users TO gen_case_app_user;
GRANT SELECT, INSERT ON billing.invoices TO gen_case_app_user;

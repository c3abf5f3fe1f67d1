-- Everything in public: users and invoices tables, no roles granted.
DO $$ BEGIN CREATE ROLE gen_case_app_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_case_app_readonly NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE app_settings (key text PRIMARY KEY, value text NOT NULL);

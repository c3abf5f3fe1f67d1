-- pgcrypto in an extensions schema: uuid public ids from gen_random_uuid(), password_hash with a CHECK on the bcrypt prefix, and SQL functions calling extensions.crypt/gen_salt.
CREATE SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA extensions;
CREATE TABLE users (id serial PRIMARY KEY, public_id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE, email text NOT NULL UNIQUE,
  password_hash text NOT NULL CHECK (password_hash LIKE '$2a$%'));
CREATE FUNCTION hash_password(p text) RETURNS text LANGUAGE sql VOLATILE
  AS $$ SELECT extensions.crypt(p, extensions.gen_salt('bf', 8)) $$;
CREATE FUNCTION check_password(p_email text, p text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, extensions
  AS $$ SELECT EXISTS (SELECT 1 FROM users WHERE email = p_email AND password_hash = crypt(p, password_hash)) $$;

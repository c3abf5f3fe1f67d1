-- uuid-ossp installed in an extensions schema (Supabase style): a column DEFAULT extensions.uuid_generate_v4() and a v5 namespace uuid from a SQL function.
CREATE SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;
CREATE TABLE sessions (id integer PRIMARY KEY, user_id integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), token uuid NOT NULL DEFAULT extensions.uuid_generate_v4());
CREATE FUNCTION user_uuid(p_user_id integer) RETURNS uuid LANGUAGE sql IMMUTABLE
  AS $$ SELECT extensions.uuid_generate_v5(extensions.uuid_ns_url(), 'https://example.com/users/' || p_user_id) $$;

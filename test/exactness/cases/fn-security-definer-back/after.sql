-- A function goes back to SECURITY INVOKER without SET search_path.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION log_msg(m text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.audit_log (msg) VALUES (m);
END;
$$;

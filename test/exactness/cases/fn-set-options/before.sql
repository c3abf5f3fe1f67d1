CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION log_msg(m text) RETURNS void
LANGUAGE plpgsql SET work_mem = '64MB' SET search_path = public AS $$
BEGIN
  INSERT INTO public.audit_log (msg) VALUES (m);
END;
$$;

-- A function's SET options change: work_mem changed, statement_timeout added, search_path removed.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION log_msg(m text) RETURNS void
LANGUAGE plpgsql SET work_mem = '128MB' SET statement_timeout = '5s' AS $$
BEGIN
  INSERT INTO public.audit_log (msg) VALUES (m);
END;
$$;

CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE PROCEDURE purge_old(days int)
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM audit_log WHERE at < now() - make_interval(days => days);
END;
$$;

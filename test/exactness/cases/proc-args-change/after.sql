-- A procedure gains an argument (a new signature: drop and create).
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE PROCEDURE purge_old(days int, dry_run boolean DEFAULT false)
LANGUAGE plpgsql AS $$
BEGIN
  IF dry_run THEN RETURN; END IF;
  DELETE FROM audit_log WHERE at < now() - make_interval(days => days);
END;
$$;

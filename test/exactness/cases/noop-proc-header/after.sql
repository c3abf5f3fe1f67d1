-- No change: a procedure header spelled differently (int vs integer, IN mode, SECURITY INVOKER, LANGUAGE placement); the diff must be "no changes".
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE OR REPLACE PROCEDURE public.purge_old(IN days integer)
SECURITY INVOKER AS $$
BEGIN
  DELETE FROM audit_log WHERE at < now() - make_interval(days => days);
END;
$$ LANGUAGE plpgsql;

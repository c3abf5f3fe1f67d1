-- No change: function headers spelled differently (int vs integer, explicit defaults VOLATILE, CALLED ON NULL INPUT, SECURITY INVOKER, PARALLEL UNSAFE, COST 100, LANGUAGE placement); the diff must be "no changes".
create or replace function public.mul(in a integer, in b int4)
  returns integer
  called on null input volatile security invoker parallel unsafe cost 100
  as $$
BEGIN
  RETURN a * b;
END;
$$
  language 'plpgsql';
CREATE FUNCTION s(x character varying) RETURNS SETOF character varying LANGUAGE sql VOLATILE ROWS 1000 AS $$ SELECT x $$;

-- No change: a view written lowercase and unqualified vs uppercase, schema- and table-qualified; the diff must be "no changes".
CREATE TABLE t (id int PRIMARY KEY, a text, b int);
CREATE VIEW public.v AS
  SELECT t.a, t.b
  FROM public.t
  WHERE (t.b > 0);

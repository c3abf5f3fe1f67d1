CREATE FUNCTION mul(a int, b int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  RETURN a * b;
END;
$$;
CREATE FUNCTION s(x varchar) RETURNS SETOF varchar LANGUAGE sql AS $$ SELECT x $$;

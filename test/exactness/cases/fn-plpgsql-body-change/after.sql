-- A LANGUAGE plpgsql function body changes (CREATE OR REPLACE FUNCTION).
CREATE FUNCTION clamp(v numeric, lo numeric, hi numeric) RETURNS numeric
LANGUAGE plpgsql AS $$
BEGIN
  IF v < lo THEN RETURN lo; END IF;
  IF v > hi THEN RETURN hi; END IF;
  RETURN round(v, 2);
END;
$$;

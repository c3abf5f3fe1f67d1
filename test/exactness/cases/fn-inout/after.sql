-- A plpgsql function with INOUT and OUT parameters created.
CREATE FUNCTION swap_sum(INOUT x int, INOUT y int, OUT s int) LANGUAGE plpgsql AS $$
DECLARE tmp int;
BEGIN
  tmp := x; x := y; y := tmp; s := x + y;
END;
$$;

-- A set-returning function's COST and ROWS estimates change.
CREATE FUNCTION evens(n int) RETURNS SETOF int LANGUAGE sql STABLE AS $$ SELECT g FROM generate_series(0, n, 2) g $$ COST 5 ROWS 20;

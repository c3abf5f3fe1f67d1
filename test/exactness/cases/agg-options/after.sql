-- Aggregates with (*) arguments, a sort operator, a combine function, PARALLEL SAFE, an ordered-set one with FINALFUNC_EXTRA.
CREATE AGGREGATE cnt(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0', PARALLEL = SAFE);
CREATE AGGREGATE mymax(int) (SFUNC = int4larger, STYPE = int, SORTOP = >, COMBINEFUNC = int4larger);
CREATE AGGREGATE my_pct(float8 ORDER BY float8) (SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);

-- CYCLE is switched on.
CREATE SEQUENCE s CYCLE;

-- Sequence START 1 -> 500 (the start value is schema; the current value is not) (the other way)
CREATE SEQUENCE s START 1;

-- Sequence MINVALUE 1 -> 10 (the other way)
CREATE SEQUENCE s START 50 MINVALUE 1;

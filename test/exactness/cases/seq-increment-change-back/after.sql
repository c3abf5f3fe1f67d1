-- Sequence INCREMENT 1 -> 10 (the other way)
CREATE SEQUENCE s;

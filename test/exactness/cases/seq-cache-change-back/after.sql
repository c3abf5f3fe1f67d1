-- Sequence CACHE 1 -> 20 (the other way)
CREATE SEQUENCE s;

-- Sequence NO CYCLE -> CYCLE (the other way)
CREATE SEQUENCE s;

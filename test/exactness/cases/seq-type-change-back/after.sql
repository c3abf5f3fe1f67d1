-- Sequence data type integer -> bigint (MAXVALUE default follows) (the other way)
CREATE SEQUENCE s AS integer;

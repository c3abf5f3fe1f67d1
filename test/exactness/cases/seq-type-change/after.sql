-- Sequence data type integer -> bigint (MAXVALUE default follows)
CREATE SEQUENCE s AS bigint;

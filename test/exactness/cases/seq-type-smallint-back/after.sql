-- Sequence data type bigint -> smallint (the other way)
CREATE SEQUENCE s AS bigint;

-- Sequence data type bigint -> smallint
CREATE SEQUENCE s AS smallint;

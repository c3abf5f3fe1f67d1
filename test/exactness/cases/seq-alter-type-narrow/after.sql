-- The data type narrows bigint -> smallint (MAXVALUE follows the type).
CREATE SEQUENCE s AS smallint;

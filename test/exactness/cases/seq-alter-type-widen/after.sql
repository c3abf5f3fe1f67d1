-- Reverse of seq-alter-type-narrow: the data type narrows bigint -> smallint (MAXVALUE follows the type).
CREATE SEQUENCE s;

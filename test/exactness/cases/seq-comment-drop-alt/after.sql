-- A sequence comment: dropped.
CREATE SEQUENCE s;

-- Reverse of seq-owned-by-new-table: a new table draws from an existing sequence and becomes its owner.
CREATE SEQUENCE s;

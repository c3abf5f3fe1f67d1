-- A named CHECK constraint is added.
CREATE TABLE t (id int PRIMARY KEY, qty int, CONSTRAINT qty_positive CHECK (qty > 0));

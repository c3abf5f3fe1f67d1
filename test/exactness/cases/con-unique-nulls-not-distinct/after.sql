-- Constraint: unique nulls not distinct.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_c_key UNIQUE NULLS NOT DISTINCT (c);

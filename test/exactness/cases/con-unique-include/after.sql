-- Constraint: unique include.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_b_key UNIQUE (b) INCLUDE (c, d);

-- Constraint: check no inherit.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_c CHECK (c > 0) NO INHERIT;

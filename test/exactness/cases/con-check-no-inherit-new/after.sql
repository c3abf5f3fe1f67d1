-- Constraint: check no inherit new.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
CREATE TABLE q (x int CONSTRAINT q_x CHECK (x > 0) NO INHERIT);

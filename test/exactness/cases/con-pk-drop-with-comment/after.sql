-- Constraint: pk drop with comment.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
CREATE TABLE f (x int, y int, z int);

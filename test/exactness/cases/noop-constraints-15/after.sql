-- requires: 15
-- No change: NULLS NOT DISTINCT and SET NULL (cols); the diff must be "no changes".
CREATE TABLE p (id int PRIMARY KEY, a int, b int, UNIQUE NULLS NOT DISTINCT (a), UNIQUE (a, b));
CREATE TABLE c (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b) ON DELETE SET NULL (b));
CREATE UNIQUE INDEX p_b_key ON p (b) NULLS NOT DISTINCT;

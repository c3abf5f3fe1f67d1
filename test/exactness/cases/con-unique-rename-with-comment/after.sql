-- Constraint: unique rename with comment.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (a);
CREATE TABLE f (x int, y int, z int);
ALTER TABLE p ADD CONSTRAINT p_b_uq UNIQUE (b);
COMMENT ON CONSTRAINT p_b_uq ON p IS 'new';

-- Constraint: check rename no inherit.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (a);
CREATE TABLE f (x int, y int, z int);
ALTER TABLE p ADD CONSTRAINT p_c2 CHECK (c > 0) NO INHERIT;

-- Constraint: fk not valid.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (a);
ALTER TABLE p ADD CONSTRAINT p_ab_key UNIQUE (a, b);
CREATE TABLE f (x int, y int, z int);
ALTER TABLE f ADD CONSTRAINT f_fk FOREIGN KEY (x) REFERENCES p (a);

CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (a);
CREATE TABLE f (x int, y int, z int);
ALTER TABLE p ADD CONSTRAINT p_c_key UNIQUE (c);
CREATE UNIQUE INDEX p_c_idx ON p (c);

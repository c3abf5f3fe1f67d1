-- Constraint: pk include.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (a) INCLUDE (b);

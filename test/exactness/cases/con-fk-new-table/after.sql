-- Constraint: fk new table.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (a);
ALTER TABLE p ADD CONSTRAINT p_ab_key UNIQUE (a, b);
CREATE TABLE f (x int, y int, z int);
CREATE TABLE g (x int, y int, CONSTRAINT g_fk FOREIGN KEY (x, y) REFERENCES p (a, b) MATCH FULL ON DELETE SET NULL (x) DEFERRABLE);
COMMENT ON CONSTRAINT g_fk ON g IS 'g';

-- CHECK expression a > 0 -> a > 0 AND a < 1000
CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int);
ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0 AND a < 1000);

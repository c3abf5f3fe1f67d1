CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int);
COMMENT ON CONSTRAINT t_pkey ON t IS 'the key';

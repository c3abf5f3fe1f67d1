-- No change: standalone sequences with every option, OWNED BY, a comment; the diff must be "no changes".
CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE SEQUENCE s1 AS smallint START 5 INCREMENT 2 MINVALUE 1 MAXVALUE 900 CACHE 4 CYCLE;
CREATE SEQUENCE s2 INCREMENT -3 OWNED BY t.a;
COMMENT ON SEQUENCE s1 IS 'odd numbers';

-- REPLICA IDENTITY DEFAULT -> USING INDEX (the other way)
CREATE TABLE t (id int PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX t_code_key ON t (code);

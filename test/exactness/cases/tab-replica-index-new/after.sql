-- REPLICA IDENTITY USING INDEX on a new index over a column that becomes NOT NULL.
CREATE TABLE t (id integer PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX t_code ON t (code);
ALTER TABLE t REPLICA IDENTITY USING INDEX t_code;

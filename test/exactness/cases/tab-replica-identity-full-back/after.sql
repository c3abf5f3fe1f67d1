-- REPLICA IDENTITY DEFAULT -> FULL (the other way)
CREATE TABLE t (id int PRIMARY KEY, v text);

-- A standalone sequence with every option (type, START, INCREMENT, MIN/MAX, CACHE, CYCLE): dropped.
CREATE TABLE t (id int PRIMARY KEY, a int, b int);

-- Column default 'a' -> 'b'
CREATE TABLE t (id int PRIMARY KEY, v text DEFAULT 'b');

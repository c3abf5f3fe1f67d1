-- USING heap is the default access method: no changes.
CREATE TABLE t (id int PRIMARY KEY, v text) USING heap;

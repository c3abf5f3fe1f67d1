-- text -> integer on a table with rows (the USING cast must work).
CREATE TABLE t (id int PRIMARY KEY, v integer);

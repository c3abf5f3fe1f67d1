-- text -> text[] (needs USING ARRAY[v])
CREATE TABLE t (id int PRIMARY KEY, v text[]);

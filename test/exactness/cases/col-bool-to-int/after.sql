-- boolean -> integer (needs USING v::integer)
CREATE TABLE t (id int PRIMARY KEY, v integer);

-- Column storage EXTERNAL back to the default (EXTENDED).
CREATE TABLE t (id int PRIMARY KEY, v text);

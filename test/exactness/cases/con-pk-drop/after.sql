-- A primary key on an existing table: dropped.
CREATE TABLE t (id int NOT NULL, a int, b text, r tsrange);

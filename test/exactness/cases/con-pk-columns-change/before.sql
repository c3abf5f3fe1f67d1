CREATE TABLE t (id int, a int NOT NULL, b text, PRIMARY KEY (id));

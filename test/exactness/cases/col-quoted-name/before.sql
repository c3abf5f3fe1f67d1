CREATE TABLE t (id int PRIMARY KEY, "Mixed Case" text);

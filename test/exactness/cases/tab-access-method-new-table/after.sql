-- A new table with an explicit access method and a storage parameter.
CREATE TABLE t (id int PRIMARY KEY, v text) USING heap WITH (fillfactor = 60);

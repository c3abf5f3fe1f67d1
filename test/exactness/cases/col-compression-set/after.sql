-- A column gets COMPRESSION lz4.
CREATE TABLE t (id integer, body text COMPRESSION lz4);

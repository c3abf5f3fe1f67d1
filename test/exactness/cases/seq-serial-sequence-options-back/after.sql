-- Options of the sequence behind a serial column (the other way)
CREATE TABLE t (id serial PRIMARY KEY);

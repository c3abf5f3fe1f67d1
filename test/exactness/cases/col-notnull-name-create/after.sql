-- A new table whose NOT NULL constraint has its own name.
CREATE TABLE t (id integer CONSTRAINT id_required NOT NULL, v text NOT NULL);

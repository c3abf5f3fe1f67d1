-- A named NOT NULL constraint goes back to the default name.
CREATE TABLE t (id integer NOT NULL);

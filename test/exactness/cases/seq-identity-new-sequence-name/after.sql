-- A new table whose identity sequence has a name of its own.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME ids START WITH 3));

-- A new table with an identity column with options.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5), x text);

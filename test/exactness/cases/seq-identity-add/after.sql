-- An existing column becomes identity with options.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 10) NOT NULL);

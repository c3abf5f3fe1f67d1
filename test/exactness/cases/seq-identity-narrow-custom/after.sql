-- An identity column narrows with options that do not fit the new type: options change first.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY (MAXVALUE 1000));

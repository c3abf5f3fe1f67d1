-- An identity column counts down.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY (INCREMENT BY -1));

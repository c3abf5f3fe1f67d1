-- An identity sequence under a name of its own.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME t_ids));

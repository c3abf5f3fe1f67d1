-- An identity MINVALUE rises above the current value (restart guard).
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY (MINVALUE 50));

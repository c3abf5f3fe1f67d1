-- Reverse of seq-identity-switch: aLWAYS -> BY DEFAULT, options kept.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY (START WITH 7));

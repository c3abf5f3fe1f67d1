-- A NOT NULL constraint is renamed.
CREATE TABLE t (id integer CONSTRAINT id_required NOT NULL);

-- A column becomes NOT NULL under a constraint name of its own.
CREATE TABLE t (id integer CONSTRAINT id_required NOT NULL);

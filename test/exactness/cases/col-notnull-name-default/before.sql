-- requires: 18
CREATE TABLE t (id integer CONSTRAINT id_required NOT NULL);
